package org.gradientlab.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BrowserPreferencesTest {

    private static VaadinRequest requestWithCookies(Cookie... cookies) {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getCookies()).thenReturn(cookies);
        return request;
    }

    @Test
    void the_language_cookie_chooses_a_supported_language() {
        assertThat(BrowserPreferences.rememberedLocale(
                        requestWithCookies(new Cookie("other", "x"), new Cookie("gl-locale", "de"))))
                .contains(Locale.GERMAN);
        assertThat(BrowserPreferences.rememberedLocale(requestWithCookies(new Cookie("gl-locale", "en-GB"))))
                .contains(Locale.ENGLISH);
    }

    @Test
    void unsupported_or_missing_languages_are_ignored() {
        assertThat(BrowserPreferences.rememberedLocale(requestWithCookies(new Cookie("gl-locale", "fr"))))
                .isEmpty();
        assertThat(BrowserPreferences.rememberedLocale(requestWithCookies(new Cookie("gl-locale", "%%%"))))
                .isEmpty();
        assertThat(BrowserPreferences.rememberedLocale(requestWithCookies())).isEmpty();
        assertThat(BrowserPreferences.rememberedLocale(null)).isEmpty();
    }
}
