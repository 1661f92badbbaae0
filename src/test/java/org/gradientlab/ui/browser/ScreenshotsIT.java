package org.gradientlab.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gradientlab.ui.browser.Screenshots.Device;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Screenshots of the main pages on a desktop and a phone, light and dark, for the README and for review. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
class ScreenshotsIT {

    private static final String FORMULA = "x^2 sin(x) / (1 + y^2)";

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

    @ParameterizedTest(name = "{0} on a {1} in {2} mode")
    @CsvSource({
        "home, DESKTOP, light", "home, DESKTOP, dark", "home, PHONE, light", "home, PHONE, dark",
        "help, DESKTOP, light", "help, DESKTOP, dark", "help, PHONE, light", "help, PHONE, dark"
    })
    void page_is_captured(String page, Device device, String scheme) throws Exception {
        Screenshots.use(browser, device);
        browser.open("");
        browser.rememberColourScheme(scheme);
        browser.open(page.equals("home") ? "" : page);
        browser.waitUntil(
                d -> Boolean.TRUE.equals(browser.script("return !!document.querySelector('gl-math .katex')")));
        String toggleLabel = scheme.equals("dark") ? "Switch to light mode" : "Switch to dark mode";
        browser.waitUntil(d -> toggleLabel.equals(
                browser.script("return document.querySelector('.gl-theme-toggle').getAttribute('aria-label')")));
        if (page.equals("help")) {
            type(FORMULA);
            browser.waitUntil(d -> Boolean.TRUE.equals(browser.script(
                    "return !!document.querySelector('.gl-help-try .gl-expression-preview:not([hidden]) .katex')")));
        }

        Path png = Screenshots.save(browser, page + "-" + device.name().toLowerCase() + "-" + scheme);

        assertThat(browser.script("return document.documentElement.getAttribute('theme')"))
                .isEqualTo(scheme);
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }

    @ParameterizedTest(name = "a parse error on a {0}")
    @CsvSource({"DESKTOP", "PHONE"})
    void expression_error_is_captured(Device device) throws Exception {
        Screenshots.use(browser, device);
        browser.open("help");
        type("2x + xy");
        browser.waitUntil(d -> Boolean.TRUE.equals(browser.script(
                "return !!document.querySelector('.gl-help-try .gl-expression-problem:not([hidden])')")));

        Path png = Screenshots.save(browser, "expression-error-" + device.name().toLowerCase());

        assertThat(Files.size(png)).isGreaterThan(10_000);
    }

    @ParameterizedTest(name = "menu on a phone in {0} mode")
    @CsvSource({"light", "dark"})
    void phone_menu_is_captured_open(String scheme) throws Exception {
        Screenshots.use(browser, Device.PHONE);
        browser.open("");
        browser.rememberColourScheme(scheme);
        browser.open("");
        browser.script("document.querySelector('vaadin-drawer-toggle').click()");
        browser.waitUntil(d ->
                Boolean.TRUE.equals(browser.script("return document.querySelector('vaadin-app-layout').drawerOpened")));
        Thread.sleep(400); // the drawer slides in over 200 ms

        Path png = Screenshots.save(browser, "menu-phone-" + scheme);

        assertThat(Files.size(png)).isGreaterThan(10_000);
    }

    private void type(String text) {
        browser.script("document.querySelector('.gl-help-try vaadin-text-field').focus()");
        browser.driver.switchTo().activeElement().sendKeys(text);
    }
}
