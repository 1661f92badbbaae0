package org.gradientlab.ui.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.gradientlab.ui.AppShell;
import org.gradientlab.ui.i18n.Translations;

/**
 * The visitor's language and colour scheme, remembered per browser: the language in a cookie (so the very first
 * request of a visit is answered in it), the colour scheme in local storage (read by {@link AppShell}'s start-up
 * script before the first paint). Values travel to the browser as script parameters, never as script text.
 */
public final class BrowserPreferences {

    static final String LOCALE_COOKIE = "gl-locale";
    private static final int ONE_YEAR_SECONDS = 365 * 24 * 3600;

    private BrowserPreferences() {}

    /** Whether the page is currently dark (as the browser reported it, or as set since). */
    public static boolean isDark(UI ui) {
        ColorScheme.Value scheme = ui.getPage().getColorScheme();
        return scheme == ColorScheme.Value.DARK || scheme == ColorScheme.Value.DARK_LIGHT;
    }

    /** Switches the colour scheme now and remembers it in this browser. */
    public static void setDark(UI ui, boolean dark) {
        ui.getPage().setColorScheme(dark ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT);
        ui.getPage()
                .executeJs(
                        "try { window.localStorage.setItem($0, $1); } catch (e) { /* storage blocked */ }",
                        AppShell.COLOR_SCHEME_STORAGE_KEY,
                        dark ? "dark" : "light");
    }

    /** Switches the visitor's language, remembers it in a cookie and redraws the current page in it. */
    public static void setLocale(UI ui, Locale locale) {
        Locale supported = Translations.supported(locale);
        ui.getSession().setLocale(supported);
        ui.setLocale(supported);
        ui.getPage()
                .executeJs(
                        "document.cookie = $0 + '=' + $1 + '; path=/; max-age=' + $2 + '; samesite=lax';",
                        LOCALE_COOKIE,
                        supported.getLanguage(),
                        ONE_YEAR_SECONDS);
        ui.refreshCurrentRoute(true);
    }

    /** The language remembered in the request's cookie, if any and supported. */
    public static Optional<Locale> rememberedLocale(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> LOCALE_COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst()
                .map(Locale::forLanguageTag)
                .filter(l -> Translations.LOCALES.stream()
                        .anyMatch(s -> s.getLanguage().equals(l.getLanguage())))
                .map(Translations::supported);
    }
}
