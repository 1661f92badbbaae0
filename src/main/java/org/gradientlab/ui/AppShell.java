package org.gradientlab.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page around every view: the Lumo theme and our stylesheet, server push for live charts, a viewport for
 * phones, and the colour scheme the visitor chose last time (applied before the first paint, so a dark-mode
 * visitor never sees a white flash).
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Viewport("width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {

    /** Where the colour scheme is remembered in the browser; read by the script below and by the toggle. */
    public static final String COLOR_SCHEME_STORAGE_KEY = "gl-color-scheme";

    private static final String APPLY_REMEMBERED_SCHEME = """
            (function () {
              var scheme = null;
              try { scheme = window.localStorage.getItem('%s'); } catch (e) { /* storage blocked */ }
              if (scheme !== 'dark' && scheme !== 'light') {
                scheme = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
              }
              document.documentElement.setAttribute('theme', scheme);
              document.documentElement.style.colorScheme = scheme;
            })();
            """.formatted(COLOR_SCHEME_STORAGE_KEY);

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Gradient Lab");
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
        settings.addMetaTag("description", "Gradient Lab: learn gradients and optimisation by doing.");
        settings.addInlineWithContents(Inline.Position.PREPEND, APPLY_REMEMBERED_SCHEME, Inline.Wrapping.JAVASCRIPT);
    }
}
