package org.gradientlab.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.gradientlab.ui.browser.Screenshots.Device;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The exercise pages in a real browser: answers typed as a student types them, the feedback, the live charts
 * drawn by Chart.js (read back from the chart instance's data), and screenshots of the four named exercises after
 * a wrong and after a right answer on a desktop and on a phone.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
class ExercisePagesIT {

    /** The data of one series of the chart inside {@code selector}, as [[x, y], …] (empty when absent; gaps null). */
    private static final String SERIES_DATA = """
            const chart = document.querySelector(arguments[0] + ' gl-chart');
            if (!chart || !chart._chart) { return null; }
            const dataset = chart._chart.data.datasets.find(d => d.glSeries === arguments[1]);
            return dataset ? dataset.data.map(p => (Array.isArray(p) ? p : [p.x, p.y])) : [];
            """;

    @LocalServerPort
    private int port;

    private Browser browser;

    @BeforeEach
    void startBrowser() {
        browser = new Browser("http://localhost:" + port + "/");
    }

    @AfterEach
    void stopBrowser() {
        browser.close();
    }

    @Test
    void a_typed_derivative_is_graded_and_drawn_beside_the_true_one() {
        browser.open("exercises/chain-rule");
        firstDraw(() -> series(".gl-chain-rule-chart", "true-derivative").size() > 100);

        type("derivative", "cos(x^2)");
        browser.waitUntil(
                d -> !series(".gl-chain-rule-chart", "your-derivative").isEmpty());
        submitAndWaitFor("incorrect");

        assertThat(partMessages("derivative")).anyMatch(m -> m.contains("inner derivative"));
        List<List<Number>> yours = series(".gl-chain-rule-chart", "your-derivative");
        List<Number> p = yours.get(yours.size() / 4);
        assertThat(p.get(1).doubleValue()).isCloseTo(Math.cos(Math.pow(p.get(0).doubleValue(), 2)), within(1e-9));

        type("derivative", "2x cos(x^2)");
        submitAndWaitFor("correct");
        assertThat(browser.driver.findElement(By.cssSelector(".gl-solution")).isDisplayed())
                .isTrue();
    }

    @Test
    void moving_an_lr_race_slider_redraws_the_path_in_the_browser() {
        browser.open("exercises/lr-race");
        firstDraw(() -> series(".gl-race-paths", "path-3").size() > 10);
        List<List<Number>> before = series(".gl-race-paths", "path-3");

        WebElement slider = browser.driver
                .findElements(By.cssSelector(".gl-rate-row input[type=range]"))
                .get(3);
        for (int i = 0; i < 30; i++) {
            slider.sendKeys(Keys.ARROW_RIGHT);
        }

        browser.waitUntil(d -> !series(".gl-race-paths", "path-3").equals(before));
        List<List<Number>> after = series(".gl-race-paths", "path-3");
        // x₂ shrinks by (1 − 20α) per step: a larger α moves the first iterate further down
        assertThat(after.get(1).get(1).doubleValue())
                .isLessThan(before.get(1).get(1).doubleValue());
    }

    @ParameterizedTest(name = "{0} on a {1}")
    @CsvSource({
        "chain-rule, DESKTOP", "chain-rule, PHONE", "jacobian, DESKTOP", "jacobian, PHONE",
        "lr-race, DESKTOP", "lr-race, PHONE", "adam-vs-gd, DESKTOP", "adam-vs-gd, PHONE"
    })
    void the_named_exercises_are_captured_after_a_wrong_and_a_right_answer(String exercise, Device device)
            throws Exception {
        Screenshots.use(browser, device);
        browser.open("exercises/" + exercise);
        firstDraw(() -> Boolean.TRUE.equals(
                browser.script("return [...document.querySelectorAll('gl-chart')].every(c => c._chart)"
                        + " && !!document.querySelector('gl-math .katex')")));
        String name = exercise + "-%s-" + device.name().toLowerCase();

        answerWrong(exercise);
        submitAndWaitFor("incorrect", "partially-correct");
        Path wrong = capture(name.formatted("wrong"), device);

        answerRight(exercise);
        submitAndWaitFor("correct");
        Path right = capture(name.formatted("right"), device);

        assertThat(Files.size(wrong)).isGreaterThan(10_000);
        assertThat(Files.size(right)).isGreaterThan(10_000);
    }

    private void answerWrong(String exercise) {
        switch (exercise) {
            case "chain-rule" -> type("derivative", "cos(x^2)");
            case "jacobian" -> {
                cells("jacobian", "4", "0", "1", "3", "0", "cos(x2)");
                type("fd-denominator", "h");
            }
            case "lr-race" -> {
                toggle("diverging-rates", "0.08");
                type("threshold", "0.05");
            }
            case "adam-vs-gd" -> {
                cells("gd-settings", "0.01", "5000");
                cells("adam-settings", "0.01", "2000");
                type("gd-steps", "5000");
                type("adam-steps", "1346");
            }
            default -> throw new IllegalArgumentException(exercise);
        }
    }

    private void answerRight(String exercise) {
        switch (exercise) {
            case "chain-rule" -> type("derivative", "2x cos(x^2)");
            case "jacobian" -> {
                cells("jacobian", "4", "0", "1", "2", "0", "cos(x2)");
                type("fd-denominator", "2h");
            }
            case "lr-race" -> {
                // at α = 0.08 < 2/λmax = 0.1 the run converges: untick it again
                toggle("diverging-rates", "0.08");
                type("threshold", "2/20");
            }
            case "adam-vs-gd" -> {
                cells("gd-settings", "0.001", "5000");
                type("gd-steps", "3504");
            }
            default -> throw new IllegalArgumentException(exercise);
        }
    }

    /** Scrolls the answer and its feedback into view (beside the chart on a desktop) and saves the screenshot. */
    private Path capture(String name, Device device) throws InterruptedException {
        browser.script("document.activeElement && document.activeElement.blur()");
        // on a phone the Jacobian's coloured cells matter more than the summary under them
        String target = device == Device.DESKTOP
                ? ".gl-parts"
                : name.startsWith("jacobian") ? ".gl-part[data-part='jacobian']" : ".gl-feedback";
        browser.script(
                "document.querySelector(arguments[0]).scrollIntoView({block: arguments[1]})",
                target,
                device == Device.DESKTOP || name.startsWith("jacobian") ? "start" : "center");
        Thread.sleep(300); // Chart.js may resize after the scroll settles the layout
        return Screenshots.save(browser, name);
    }

    /**
     * Waits for the first drawing of a page: longer than other waits, because the first pages a fresh server
     * renders (cold JIT, KaTeX fonts and Chart.js loaded by a fresh browser profile) take a while on a busy machine.
     */
    private void firstDraw(java.util.function.BooleanSupplier drawn) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(120)).until(d -> drawn.getAsBoolean());
    }

    private WebElement part(String partId) {
        return browser.driver.findElement(By.cssSelector(".gl-part[data-part='" + partId + "']"));
    }

    /** Replaces the text of the part's (first) text input, as typed, and leaves the field so that it is sent. */
    private void type(String partId, String text) {
        WebElement input = part(partId).findElement(By.cssSelector("input:not([type=range]), textarea"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text, Keys.TAB);
    }

    /** Types into the part's text cells (matrix cells row by row, or settings fields), in order. */
    private void cells(String partId, String... texts) {
        List<WebElement> inputs = part(partId).findElements(By.cssSelector("vaadin-text-field input"));
        for (int i = 0; i < texts.length; i++) {
            inputs.get(i).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            inputs.get(i).sendKeys(texts[i], Keys.TAB);
        }
    }

    /** Ticks the checkbox labelled {@code label}, or unticks it when it is ticked. */
    private void toggle(String partId, String label) {
        browser.script(
                "[...arguments[0].querySelectorAll('vaadin-checkbox')]"
                        + ".find(c => c.textContent.trim() === arguments[1]).click()",
                part(partId),
                label);
    }

    private void submitAndWaitFor(String... verdicts) {
        browser.waitUntil(d -> Boolean.TRUE.equals(
                browser.script("return Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())")));
        Object before = browser.script(
                "const f = document.querySelector('.gl-feedback'); return f ? f.dataset.submission : null");
        WebElement submit = browser.driver.findElement(By.cssSelector("vaadin-button.gl-submit"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", submit);
        submit.click();
        browser.waitUntil(d -> Boolean.TRUE.equals(browser.script(
                "const f = document.querySelector('.gl-feedback');"
                        + " return !!f && !f.hidden && (f.dataset.submission || null) !== arguments[0]",
                before)));
        assertThat(browser.script("return document.querySelector('.gl-feedback').dataset.verdict"))
                .isIn((Object[]) verdicts);
    }

    @SuppressWarnings("unchecked")
    private List<String> partMessages(String partId) {
        return (List<String>) browser.script(
                "return [...arguments[0].querySelectorAll('.gl-part-messages li')]" + ".map(li => li.textContent)",
                part(partId));
    }

    @SuppressWarnings("unchecked")
    private List<List<Number>> series(String selector, String id) {
        Object data = browser.script(SERIES_DATA, selector, id);
        return data == null ? List.of() : (List<List<Number>>) data;
    }
}
