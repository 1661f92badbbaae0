package org.gradientlab.ui.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.OutputType;

/**
 * Saves PNG screenshots of the page as a desktop (1366 × 900) or a phone (390 × 844) shows it. They go to
 * {@code target/screenshots}, or to the directory named by the system property {@code screenshots.dir} (use
 * {@code -Dscreenshots.dir=docs/screenshots} to refresh the committed ones).
 */
final class Screenshots {

    enum Device {
        DESKTOP(1366, 900, false),
        PHONE(390, 844, true);

        final int width;
        final int height;
        final boolean mobile;

        Device(int width, int height, boolean mobile) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
        }
    }

    private Screenshots() {}

    static Path directory() {
        return Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    }

    /** Emulates the device; call before opening the page so that the layout is the device's from the start. */
    static void use(Browser browser, Device device) {
        browser.emulate(device.width, device.height, device.mobile);
    }

    /** Saves what the browser shows now as {@code <name>.png}, after fonts and layout have settled. */
    static Path save(Browser browser, String name) {
        return save(browser, directory(), name);
    }

    /** Saves what the browser shows now as {@code <directory>/<name>.png}, after fonts and layout have settled. */
    static Path save(Browser browser, Path directory, String name) {
        browser.waitUntil(d -> Boolean.TRUE.equals(browser.script("return document.fonts.status === 'loaded'"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())")));
        // The progress bar of a round trip that has just ended may still be fading out: not part of the page.
        browser.script("document.head.insertAdjacentHTML('beforeend',"
                + " '<style>vaadin-connection-indicator, .v-loading-indicator { display: none !important; }</style>')");
        browser.script("return new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)))");
        byte[] png = browser.driver.getScreenshotAs(OutputType.BYTES);
        try {
            Files.createDirectories(directory);
            return Files.write(directory.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
