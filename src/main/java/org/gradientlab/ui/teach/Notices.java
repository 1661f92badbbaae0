package org.gradientlab.ui.teach;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.gradientlab.courses.CoursesException;
import org.gradientlab.ui.i18n.CoursesRefusals;

/**
 * A refusal of the courses services in the viewer's language: {@code teach.refusal.<reason>} with the service's
 * arguments. It describes the request, so it is shown as it is, never as an error of the site.
 */
final class Notices {

    private Notices() {}

    static String text(Component component, CoursesException e) {
        return CoursesRefusals.text(component, "teach.refusal.", e);
    }

    /** Shows the refusal as an error notification. */
    static void refused(Component component, CoursesException e) {
        Notification n = Notification.show(text(component, e), 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Says what is missing before an action can be done. */
    static void hint(Component component, String key) {
        Notification n = Notification.show(component.getTranslation(key), 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
    }

    /** Confirms that something was done. */
    static void done(Component component, String key, Object... args) {
        Notification n =
                Notification.show(component.getTranslation(key, args), 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
