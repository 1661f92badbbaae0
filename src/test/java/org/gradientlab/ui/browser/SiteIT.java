package org.gradientlab.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The real site in a real browser: pages render, Chart.js draws and updates live, KaTeX typesets, the expression
 * field answers as the student types.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
class SiteIT {

    /** JavaScript: how many pixels of the first chart's canvas have been painted. */
    private static final String PAINTED_PIXELS = """
            const canvas = document.querySelector('gl-chart').shadowRoot.querySelector('canvas');
            const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            let painted = 0;
            for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] !== 0) painted++; }
            return painted;
            """;

    /** JavaScript: the number of points of the home page's gradient-descent path as Chart.js holds it. */
    private static final String PATH_POINTS = """
            const chart = document.querySelector('gl-chart')._chart;
            const path = chart && chart.data.datasets.find(d => d.glSeries === 'gd');
            return path ? path.data.length : -1;
            """;

    /**
     * JavaScript: the colour the first chart's x axis draws its labels with, as Chart.js resolved it for drawing (not
     * the configuration's value, which can change without reaching the canvas).
     */
    private static final String RESOLVED_TICK_COLOUR =
            "return document.querySelector('gl-chart')._chart.scales.x.options.ticks.color";

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
    void home_page_draws_its_chart_and_typesets_its_formulas() {
        browser.open("");

        assertThat(browser.driver.getTitle()).isEqualTo("Learn gradients by doing · Gradient Lab");
        browser.waitUntil(d -> ((Number) browser.script(PATH_POINTS)).intValue() > 0);
        @SuppressWarnings("unchecked")
        Map<String, Object> summary =
                (Map<String, Object>) browser.script("return document.querySelector('gl-chart').summary");
        // 8 contour levels and the path.
        assertThat(((Number) summary.get("datasets")).intValue()).isEqualTo(9);
        assertThat(((Number) browser.script(PAINTED_PIXELS)).intValue()).isGreaterThan(2000);
        assertThat(((Number) browser.script("return document.querySelectorAll('gl-math .katex').length")).intValue())
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void moving_the_learning_rate_redraws_the_path_without_rebuilding_the_chart() {
        browser.open("");
        browser.waitUntil(d -> ((Number) browser.script(PATH_POINTS)).intValue() == 31);
        browser.script("document.querySelector('gl-chart')._chart.$marker = 'first'");

        browser.script("""
                const slider = document.getElementById('gl-demo-alpha');
                slider.value = '120';
                slider.dispatchEvent(new Event('input', {bubbles: true}));
                slider.dispatchEvent(new Event('change', {bubbles: true}));
                """);

        // At α = 0.12 the x₂ factor is |1 − 20α| = 1.4: the path leaves the picture and is cut short.
        browser.waitUntil(d -> ((Number) browser.script(PATH_POINTS)).intValue() < 31);
        assertThat(browser.script("return document.querySelector('gl-chart')._chart.$marker"))
                .isEqualTo("first");
        assertThat((String) browser.script("return document.querySelector('.gl-demo-verdict').textContent"))
                .startsWith("With α = 0.120 the run diverges");
    }

    @Test
    void the_chart_redraws_its_axes_in_the_dark_theme_when_it_is_switched_on() {
        browser.open("");
        browser.waitUntil(d -> ((Number) browser.script(PATH_POINTS)).intValue() > 0);
        String light = (String) browser.script(RESOLVED_TICK_COLOUR);
        assertThat(brightness(light))
                .as("axis labels on the light page: " + light)
                .isLessThan(128);

        browser.script("document.querySelector('.gl-theme-toggle').click()");

        browser.waitUntil(d -> "dark".equals(browser.script("return document.documentElement.getAttribute('theme')")));
        browser.waitUntil(d -> !light.equals(browser.script(RESOLVED_TICK_COLOUR)));
        String dark = (String) browser.script(RESOLVED_TICK_COLOUR);
        assertThat(brightness(dark)).as("axis labels on the dark page: " + dark).isGreaterThan(128);
    }

    /** The mean of the red, green and blue channels of a CSS {@code rgb()}/{@code rgba()} colour. */
    private static double brightness(String colour) {
        String[] channels = colour.replaceAll("[^0-9.,]", "").split(",");
        return (Double.parseDouble(channels[0]) + Double.parseDouble(channels[1]) + Double.parseDouble(channels[2]))
                / 3;
    }

    @Test
    void every_kind_of_series_and_axis_is_drawn() {
        browser.open("test/charts");
        for (String id : List.of("gallery-landscape", "gallery-losses", "gallery-errors", "gallery-tangent")) {
            String chart = "document.querySelector('#" + id + " gl-chart')";
            browser.waitUntil(d -> ((Number) browser.script("return " + chart + ".summary.datasets")).intValue() > 0);
            long painted = ((Number) browser.script("""
                    const canvas = arguments[0].shadowRoot.querySelector('canvas');
                    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                    let painted = 0;
                    for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] !== 0) painted++; }
                    return painted;
                    """, browser.script("return " + chart))).longValue();
            assertThat(painted).as(id).isGreaterThan(2000);
        }
        assertThat(browser.script("return document.querySelector('#gallery-losses gl-chart')._chart.scales.y.type"))
                .isEqualTo("logarithmic");
        assertThat(((Number) browser.script(
                                "return document.querySelector('#gallery-landscape gl-chart')._chart.data.datasets"
                                        + ".find(d => d.glSeries === 'grad').glArrows.length"))
                        .intValue())
                .isEqualTo(24);
        Screenshots.save(browser, "chart-gallery");
    }

    @Test
    void the_help_page_reads_what_a_student_types() {
        browser.open("help");
        assertThat(((Number) browser.script("return document.querySelectorAll('.gl-help-read .katex').length"))
                        .intValue())
                .isGreaterThan(20);

        browser.script("""
                const field = document.querySelector('.gl-help-try vaadin-text-field');
                field.focus();
                """);
        browser.driver.switchTo().activeElement().sendKeys("2x + xy");

        String problem = browser.waitUntil(d -> (String) browser.script("""
                const problem = document.querySelector('.gl-help-try .gl-expression-problem');
                return problem && !problem.hidden ? problem.textContent : null;
                """));
        assertThat(problem).contains("Unknown variable 'xy' at column 6 — did you mean x*y?");
    }

    @Test
    void the_health_probe_answers_up() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void an_unknown_address_shows_the_friendly_not_found_page_with_status_404() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/no/such/page"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);

        browser.open("no/such/page");

        assertThat((String) browser.script("return document.querySelector('h1').textContent"))
                .isEqualTo("Page not found");
        assertThat(browser.driver.getTitle()).isEqualTo("Page not found · Gradient Lab");
    }
}
