package org.gradientlab.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gradientlab.courses.AssignmentService;
import org.gradientlab.courses.AssignmentSettings;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.CannedAnswer;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Variant;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.gradientlab.ui.i18n.Translations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A course from both sides in a real browser: the demo instructor creates a course and an assignment with the
 * chain-rule exercise and publishes it; a new student signs up with the join code, answers their own variant
 * with the outer derivative only and then correctly; the instructor finds the penalised score in the gradebook,
 * the missing inner derivative on the misconception dashboard and the score in the CSV download. Texts are found
 * through the site's own translations (the browser asks for English), so the test follows the message keys.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.devmode.devTools.enabled=false", "gradientlab.demo.enabled=true"})
class CoursesJourneyIT {

    private static final String INSTRUCTOR = "instructor";
    private static final String INSTRUCTOR_PASSWORD = "demo-instructor-pw";
    private static final String STUDENT = "journey.student";
    private static final String STUDENT_NAME = "Jo Journey";
    private static final String STUDENT_PASSWORD = "a-long-journey-password";
    private static final String COURSE = "Optimisation in practice";
    private static final String ASSIGNMENT = "Week 1 derivatives";
    private static final String EXERCISE = "chain-rule";
    private static final String PART = "derivative";

    /** Not the screenshots directory: these pictures are for review, never for the documentation. */
    private static final Path SCREENSHOTS = Path.of("target", "journey-screenshots");

    /**
     * Longer than the browser's usual wait: the first pages a fresh server renders compile their views on a busy
     * machine, and signing in hashes a password.
     */
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    /** JavaScript: whether Vaadin has started and has no round trip under way. */
    private static final String IDLE = "return !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients"
            + " && Object.keys(window.Vaadin.Flow.clients).length > 0"
            + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())";

    /** JavaScript: the input of the visible field (of these tags) with this label, or null. */
    private static final String FIELD = """
            const field = [...document.querySelectorAll(arguments[1])]
                .find(f => f.label === arguments[0] && f.offsetParent !== null);
            return field ? field.querySelector('input') : null;
            """;

    /** JavaScript: the visible, enabled button whose text is this, or null. */
    private static final String BUTTON = """
            return [...document.querySelectorAll('vaadin-button')]
                .find(b => b.textContent.trim() === arguments[0] && b.offsetParent !== null && !b.disabled) || null;
            """;

    /** JavaScript: the texts of a grid's rendered rows, cell by cell (rows without an item left out). */
    private static final String GRID_ROWS = """
            return [...arguments[0].shadowRoot.querySelectorAll('#items tr')]
                .filter(tr => !tr.hidden)
                .map(tr => [...tr.querySelectorAll('td')].map(td => {
                    const slot = td.querySelector('slot');
                    const content = slot && slot.assignedElements()[0];
                    return content ? content.textContent.trim() : '';
                }))
                .filter(cells => cells.some(c => c !== ''));
            """;

    /** JavaScript: fetches a URL with the page's session and hands back the status and the body. */
    private static final String FETCH = """
            const done = arguments[arguments.length - 1];
            fetch(arguments[0], {credentials: 'same-origin'})
                .then(r => r.text().then(body => done({status: r.status, body: body})))
                .catch(e => done({status: -1, body: String(e)}));
            """;

    @LocalServerPort
    private int port;

    @Autowired
    private AssignmentService assignments;

    @Autowired
    private Translations translations;

    private Browser browser;

    @BeforeEach
    void startBrowser() {
        browser = new Browser("http://localhost:" + port + "/");
        browser.driver.manage().timeouts().scriptTimeout(PATIENCE);
    }

    @AfterEach
    void stopBrowser() {
        browser.close();
    }

    @Test
    void a_student_joins_answers_wrongly_then_rightly_and_the_instructor_sees_score_note_and_csv() {
        browser.open("login");
        signInHere(INSTRUCTOR, INSTRUCTOR_PASSWORD);
        long courseId = createCourse();
        String joinCode = joinCodeOnPage();
        long assignmentId = createAndPublishAssignment();
        signOut();

        signUp(joinCode);
        signInHere(STUDENT, STUDENT_PASSWORD);
        Variant variant = openOwnVariant(assignmentId);
        String wrong = answerWronglyThenRightly(variant, assignmentId);
        signOut();

        browser.open("login");
        signInHere(INSTRUCTOR, INSTRUCTOR_PASSWORD);
        AssignmentSettings settings = assignments.get(INSTRUCTOR, assignmentId).settings();
        // graded wrong once, then right: 1 − penalty × (one wrong attempt before), no hints revealed
        assertThat(settings.penalty()).as("a penalty that the score can show").isPositive();
        double expected = 1 - settings.penalty();
        openGradebook(courseId);
        checkGradebook(expected);
        checkCsv(expected);
        checkMisconceptions(wrong);
    }

    // --- the instructor's side -------------------------------------------------------------------------------------

    /** Opens Teaching from the drawer and creates the course; returns its id. */
    private long createCourse() {
        openTeaching();
        await(d -> "/teach".equals(path()) && idle());

        type(field(text("teach.course.new-name"), "vaadin-text-field"), COURSE);
        clickButton(text("teach.course.create"));
        WebElement created = await(d -> visible(".gl-teach-created"));
        assertThat(created.getText()).contains(text("teach.course.created", COURSE));
        String code = created.findElement(By.cssSelector(".gl-join-code code")).getText();
        assertThat(code).as("the join code shown at once").isNotBlank();

        click(created.findElement(By.cssSelector("a")));
        await(d -> path().matches("/teach/course/\\d+") && idle());
        assertThat(joinCodeOnPage()).isEqualTo(code);
        return Long.parseLong(path().substring("/teach/course/".length()));
    }

    /** Follows "Teaching" in the drawer (its link lives in the item's shadow root). */
    private void openTeaching() {
        WebElement item = await(d -> visible("vaadin-side-nav-item[path='teach']"));
        browser.script("arguments[0].shadowRoot.querySelector('a').click()", item);
    }

    private String joinCodeOnPage() {
        return await(d -> visible(".gl-join-code code")).getText().strip();
    }

    /** Builds the assignment from the course page with the chain rule at its defaults, saves and publishes it. */
    private long createAndPublishAssignment() {
        clickButton(text("teach.assignment.new"));
        await(d -> path().endsWith("/new-assignment") && idle());

        type(field(text("teach.assignment.title"), "vaadin-text-field"), ASSIGNMENT);
        WebElement picker = field(text("teach.assignment.add-exercise"), "vaadin-combo-box");
        picker.click();
        picker.sendKeys(text("exercise." + EXERCISE + ".title"));
        WebElement item = await(d -> (WebElement) browser.script(
                "return [...document.querySelectorAll('vaadin-combo-box-item')]"
                        + ".find(i => i.textContent.trim() === arguments[0] && i.offsetParent !== null) || null",
                text("exercise." + EXERCISE + ".title")));
        click(item);
        await(d -> idle());
        clickButton(text("teach.assignment.add"));
        await(d -> Boolean.TRUE.equals(browser.script(
                "return [...document.querySelectorAll('.gl-teach-item span')]"
                        + ".some(s => s.textContent.trim() === arguments[0])",
                EXERCISE)));

        clickButton(text("teach.assignment.save"));
        await(d -> path().matches("/teach/assignment/\\d+") && idle());
        long id = Long.parseLong(path().substring("/teach/assignment/".length()));

        clickButton(text("teach.assignment.publish"));
        await(d -> Boolean.TRUE.equals(browser.script(
                "return [...document.querySelectorAll('span[theme~=badge]')]"
                        + ".some(b => b.textContent.trim() === arguments[0])",
                text("teach.assignment.published"))));
        assertThat(browser.driver.findElements(By.cssSelector(".gl-teach-refusal")).stream()
                        .filter(WebElement::isDisplayed))
                .as("publishing refused")
                .isEmpty();
        assertThat(assignments.get(INSTRUCTOR, id).published()).isTrue();
        return id;
    }

    /** From Teaching: the course's page, then its gradebook. */
    private void openGradebook(long courseId) {
        openTeaching();
        await(d -> "/teach".equals(path()) && idle());
        clickWhenThere(d -> d.findElement(By.cssSelector("a[href$='teach/course/" + courseId + "']")));
        await(d -> path().equals("/teach/course/" + courseId) && idle());
        clickWhenThere(d -> d.findElement(By.cssSelector("a[href$='teach/course/" + courseId + "/gradebook']")));
        await(d -> path().equals("/teach/course/" + courseId + "/gradebook") && idle());
    }

    private void checkGradebook(double expected) {
        String label = text("teach.gradebook.open-cell", STUDENT, EXERCISE);
        WebElement cell = await(d -> (WebElement) browser.script(
                "return document.querySelector(`vaadin-button[aria-label=\"${arguments[0]}\"]`)", label));
        assertThat(cell.getText().strip()).isEqualTo(percent(expected));
        List<List<String>> rows = gridRows(browser.driver.findElement(By.cssSelector(".gl-gradebook vaadin-grid")));
        assertThat(rows)
                .as("one student, with the exercise's score and the total")
                .containsExactly(List.of(STUDENT_NAME + " (" + STUDENT + ")", percent(expected), percent(expected)));
        Screenshots.save(browser, SCREENSHOTS, "gradebook");
    }

    /** Downloads the CSV with the browser's session, as the link does. */
    private void checkCsv(double expected) {
        String href = browser.driver
                .findElement(By.cssSelector(".gl-gradebook a[download]"))
                .getAttribute("href");
        @SuppressWarnings("unchecked")
        Map<String, Object> response = (Map<String, Object>) browser.driver.executeAsyncScript(
                FETCH, URI.create(browser.driver.getCurrentUrl()).resolve(href).toString());
        assertThat(((Number) response.get("status")).intValue()).isEqualTo(200);
        List<String> lines = ((String) response.get("body")).lines().toList();
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        int column = header.indexOf(ASSIGNMENT + ": " + EXERCISE);
        assertThat(column).as("the exercise's column in " + header).isPositive();
        List<String> row = lines.stream()
                .filter(l -> l.startsWith(STUDENT + ","))
                .map(l -> Arrays.asList(l.split(",", -1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row of " + STUDENT + " in " + lines));
        assertThat(row.get(1)).isEqualTo(STUDENT_NAME);
        // the CSV writes scores with four decimals: half a unit of the last one
        assertThat(Double.parseDouble(row.get(column))).isCloseTo(expected, within(0.5e-4));
    }

    /** From the gradebook's link: the assignment's misconceptions, the missing inner derivative counted once. */
    private void checkMisconceptions(String wrong) {
        clickWhenThere(d -> d.findElements(By.cssSelector(".gl-teach-links a")).stream()
                .filter(a -> a.getText().strip().equals(text("teach.misconceptions.of", ASSIGNMENT)))
                .findFirst()
                .orElse(null));
        await(d -> path().endsWith("/misconceptions") && idle());
        WebElement grid = await(d -> visible("main vaadin-grid"));
        List<List<String>> rows = await(d -> {
            List<List<String>> r = gridRows(grid);
            return r.isEmpty() ? null : r;
        });
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).subList(0, 2))
                .containsExactly(text("teach.note." + Note.MISSING_INNER_DERIVATIVE.key()), "1");
        assertThat(rows.get(0).get(2)).as("the example answer").contains(wrong);
        Screenshots.save(browser, SCREENSHOTS, "misconceptions");
    }

    // --- the student's side ----------------------------------------------------------------------------------------

    private void signUp(String joinCode) {
        browser.open("signup");
        String fields = "vaadin-text-field";
        type(field(text("student.signup.code"), fields), joinCode);
        type(field(text("student.signup.username"), fields), STUDENT);
        type(field(text("student.signup.name"), fields), STUDENT_NAME);
        type(field(text("student.signup.password"), "vaadin-password-field"), STUDENT_PASSWORD);
        type(field(text("student.signup.repeat"), "vaadin-password-field"), STUDENT_PASSWORD);
        clickButton(text("student.signup.submit"));
        // the courses page needs a signed-in student: the sign-in page comes first
        await(d -> !d.findElements(By.cssSelector("#vaadinLoginUsername")).isEmpty() && idle());
    }

    /** From the dashboard the new student lands on: the assignment, then its chain-rule exercise. */
    private Variant openOwnVariant(long assignmentId) {
        assertThat(path())
                .as("signing in leads back to the courses the sign-up was heading for")
                .isEqualTo("/courses");
        clickWhenThere(d -> d.findElements(By.cssSelector(".gl-assignment-row a")).stream()
                .filter(a -> a.getText().strip().equals(ASSIGNMENT))
                .findFirst()
                .orElse(null));
        await(d -> path().equals("/courses/assignment/" + assignmentId) && idle());
        clickWhenThere(
                d -> d.findElement(By.cssSelector(".gl-assignment-exercise[data-exercise='" + EXERCISE + "'] a")));
        await(d -> path().equals("/courses/assignment/" + assignmentId + "/" + EXERCISE) && idle());
        await(d -> visible(".gl-part[data-part='" + PART + "'] input"));

        int number = assignments.variantOf(STUDENT, assignmentId, STUDENT, EXERCISE);
        Variant variant = Catalogue.standard().byId(EXERCISE).orElseThrow().variant(number, Map.of());
        Matcher function = Pattern.compile("\\$(.+)\\$").matcher(variant.title());
        assertThat(function.find()).as("a formula in " + variant.title()).isTrue();
        assertThat(browser.script("return document.querySelector('.gl-variant-title gl-math').latex"))
                .as("the page shows the student's own variant")
                .isEqualTo(function.group(1));
        return variant;
    }

    /** Returns the wrong answer typed. */
    private String answerWronglyThenRightly(Variant variant, long assignmentId) {
        Part part = variant.part(PART).orElseThrow();
        CannedAnswer outerOnly = part.canned().stream()
                .filter(c -> !c.invalid() && c.notes().equals(Set.of(Note.MISSING_INNER_DERIVATIVE)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no outer-derivative-only answer in " + part.canned()));
        String wrong = ((Answer.Text) outerOnly.answer()).text();
        int allowed = assignments.get(STUDENT, assignmentId).settings().maxAttempts();
        assertThat(allowed).as("room for a second attempt").isNotEqualTo(1);

        typeAnswer(wrong);
        submitAndWaitFor("incorrect");
        assertThat(messageKeys()).contains(Note.MISSING_INNER_DERIVATIVE.key());
        if (allowed > 0) {
            assertThat(browser.script("return document.querySelector('.gl-attempt-status').dataset.attemptsLeft"))
                    .isEqualTo(Integer.toString(allowed - 1));
        }
        scrollToFeedback();
        Screenshots.save(browser, SCREENSHOTS, "student-wrong");

        typeAnswer(((Answer.Text) part.modelAnswer()).text());
        submitAndWaitFor("correct");
        assertThat(browser.driver
                        .findElement(By.cssSelector(".gl-feedback-head"))
                        .getText())
                .contains(text("exercise.verdict.correct"));
        scrollToFeedback();
        Screenshots.save(browser, SCREENSHOTS, "student-right");
        return wrong;
    }

    private void typeAnswer(String answer) {
        WebElement input = browser.driver.findElement(By.cssSelector(".gl-part[data-part='" + PART + "'] input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(answer, Keys.TAB);
    }

    private void submitAndWaitFor(String verdict) {
        await(d -> idle());
        Object before = browser.script(
                "const f = document.querySelector('.gl-feedback'); return f ? f.dataset.submission : null");
        WebElement submit = browser.driver.findElement(By.cssSelector("vaadin-button.gl-submit"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", submit);
        submit.click();
        await(d -> Boolean.TRUE.equals(browser.script(
                "const f = document.querySelector('.gl-feedback');"
                        + " return !!f && !f.hidden && (f.dataset.submission || null) !== arguments[0]",
                before)));
        assertThat(browser.script("return document.querySelector('.gl-feedback').dataset.verdict"))
                .isEqualTo(verdict);
    }

    @SuppressWarnings("unchecked")
    private List<String> messageKeys() {
        return (List<String>) browser.script("return [...document.querySelectorAll(\".gl-part[data-part='" + PART
                + "'] .gl-part-messages li\")]" + ".map(li => li.dataset.key)");
    }

    private void scrollToFeedback() {
        browser.script("document.activeElement && document.activeElement.blur()");
        browser.script("document.querySelector('.gl-parts').scrollIntoView({block: 'start'})");
    }

    // --- both ------------------------------------------------------------------------------------------------------

    /** Signs in on the sign-in page that is showing, and waits for the site to greet the user. */
    private void signInHere(String username, String password) {
        WebElement user = await(d -> visible("#vaadinLoginUsername input"));
        user.sendKeys(username);
        browser.driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password, Keys.ENTER);
        await(d -> !"/login".equals(path())
                && idle()
                && !d.findElements(By.cssSelector(".gl-account vaadin-menu-bar"))
                        .isEmpty());
    }

    /** Signs out through the account menu and waits for the anonymous header. */
    private void signOut() {
        clickWhenThere(d -> d.findElement(By.cssSelector(".gl-account vaadin-menu-bar-button")));
        clickWhenThere(d -> (WebElement) browser.script(
                "return [...document.querySelectorAll('vaadin-menu-bar-item')]"
                        + ".find(i => i.textContent.trim() === arguments[0]) || null",
                text("layout.sign-out")));
        await(d -> !d.findElements(By.cssSelector(".gl-account .gl-sign-in")).isEmpty() && idle());
    }

    private String text(String key, Object... arguments) {
        return translations.getTranslation(key, Locale.ENGLISH, arguments);
    }

    private static String percent(double score) {
        return String.format(Locale.ROOT, "%.0f %%", score * 100);
    }

    private WebElement field(String label, String tags) {
        return await(d -> (WebElement) browser.script(FIELD, label, tags));
    }

    private void type(WebElement input, String value) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(value, Keys.TAB);
    }

    private void clickButton(String label) {
        clickWhenThere(d -> (WebElement) browser.script(BUTTON, label));
    }

    private void clickWhenThere(Function<WebDriver, WebElement> find) {
        click(await(find));
    }

    /** Clicks as a script does, so that a notification over the element cannot take the click. */
    private void click(WebElement element) {
        browser.script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", element);
        await(d -> idle());
    }

    private WebElement visible(String selector) {
        return browser.driver.findElements(By.cssSelector(selector)).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null);
    }

    @SuppressWarnings("unchecked")
    private List<List<String>> gridRows(WebElement grid) {
        return (List<List<String>>) browser.script(GRID_ROWS, grid);
    }

    /** Whether Vaadin is idle; false while a new page is loading and cannot run scripts yet. */
    private boolean idle() {
        try {
            return Boolean.TRUE.equals(browser.script(IDLE));
        } catch (WebDriverException e) {
            return false;
        }
    }

    private String path() {
        return URI.create(browser.driver.getCurrentUrl()).getPath();
    }

    /** Waits for the condition; on a timeout, keeps a picture and the page's source for the report. */
    private <T> T await(Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(browser.driver, PATIENCE).until(condition);
        } catch (TimeoutException e) {
            try {
                Files.createDirectories(SCREENSHOTS);
                Files.writeString(SCREENSHOTS.resolve("timeout.html"), browser.driver.getPageSource());
                Files.write(SCREENSHOTS.resolve("timeout.png"), browser.driver.getScreenshotAs(OutputType.BYTES));
            } catch (IOException | RuntimeException failure) {
                e.addSuppressed(failure);
            }
            throw e;
        }
    }
}
