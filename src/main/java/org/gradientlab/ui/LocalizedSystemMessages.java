package org.gradientlab.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.gradientlab.ui.i18n.Translations;
import org.springframework.stereotype.Component;

/**
 * Vaadin's own messages (session expired, internal error, cookies disabled, out of sync) in the visitor's language:
 * the session's locale when there is a session, the browser's otherwise, with our message keys. The session-expired
 * notification, which Vaadin leaves off, is shown.
 */
@Component
class LocalizedSystemMessages implements VaadinServiceInitListener {

    private final Translations translations;

    LocalizedSystemMessages(Translations translations) {
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(this::messages);
    }

    CustomizedSystemMessages messages(SystemMessagesInfo info) {
        VaadinSession session = VaadinSession.getCurrent();
        Locale locale = session != null && session.getLocale() != null ? session.getLocale() : info.getLocale();
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        // Vaadin reloads an expired session silently; a student should learn that unsubmitted answers are gone.
        messages.setSessionExpiredNotificationEnabled(true);
        messages.setSessionExpiredCaption(text("system.session-expired.caption", locale));
        messages.setSessionExpiredMessage(text("system.session-expired.message", locale));
        messages.setInternalErrorCaption(text("system.internal-error.caption", locale));
        messages.setInternalErrorMessage(text("system.internal-error.message", locale));
        messages.setCookiesDisabledCaption(text("system.cookies-disabled.caption", locale));
        messages.setCookiesDisabledMessage(text("system.cookies-disabled.message", locale));
        messages.setSyncErrorCaption(text("system.sync-error.caption", locale));
        messages.setSyncErrorMessage(text("system.sync-error.message", locale));
        return messages;
    }

    private String text(String key, Locale locale) {
        return translations.getTranslation(key, locale);
    }
}
