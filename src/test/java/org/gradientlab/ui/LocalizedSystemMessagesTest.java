package org.gradientlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedSystemMessagesTest extends UiTest {

    private static String text(String key, Locale locale) {
        I18NProvider i18n = VaadinService.getCurrent().getInstantiator().getI18NProvider();
        return i18n.getTranslation(key, locale);
    }

    @Test
    void vaadins_messages_follow_the_sessions_language_even_when_the_request_asks_for_another() {
        VaadinSession.getCurrent().setLocale(Locale.GERMAN);

        SystemMessages messages = VaadinService.getCurrent().getSystemMessages(Locale.ENGLISH, null);

        assertThat(messages.getSessionExpiredCaption())
                .isEqualTo(text("system.session-expired.caption", Locale.GERMAN))
                .isNotEqualTo(text("system.session-expired.caption", Locale.ENGLISH));
        assertThat(messages.getSessionExpiredMessage())
                .isEqualTo(text("system.session-expired.message", Locale.GERMAN));
        assertThat(messages.getInternalErrorCaption()).isEqualTo(text("system.internal-error.caption", Locale.GERMAN));
        assertThat(messages.getInternalErrorMessage()).isEqualTo(text("system.internal-error.message", Locale.GERMAN));
        assertThat(messages.getCookiesDisabledCaption())
                .isEqualTo(text("system.cookies-disabled.caption", Locale.GERMAN));
        assertThat(messages.getCookiesDisabledMessage())
                .isEqualTo(text("system.cookies-disabled.message", Locale.GERMAN));
        assertThat(messages.getSyncErrorMessage()).isEqualTo(text("system.sync-error.message", Locale.GERMAN));
    }

    @Test
    void english_sessions_get_english_messages() {
        SystemMessages messages = VaadinService.getCurrent().getSystemMessages(Locale.GERMAN, null);

        assertThat(messages.getSessionExpiredCaption())
                .isEqualTo(text("system.session-expired.caption", Locale.ENGLISH));
        assertThat(messages.getInternalErrorMessage()).isEqualTo(text("system.internal-error.message", Locale.ENGLISH));
    }

    @Test
    void without_a_session_the_browsers_language_is_used() {
        VaadinSession session = VaadinSession.getCurrent();
        VaadinSession.setCurrent(null);
        try {
            SystemMessages messages = VaadinService.getCurrent().getSystemMessages(Locale.GERMAN, null);

            assertThat(messages.getSessionExpiredCaption())
                    .isEqualTo(text("system.session-expired.caption", Locale.GERMAN));
        } finally {
            VaadinSession.setCurrent(session);
        }
    }
}
