package org.gradientlab.ui.error;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.gradientlab.courses.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Failures in event listeners (a click, a value change) are logged under an incident id, and the visitor gets a
 * short notification with that id instead of Vaadin's technical message ("temporarily unavailable" when the database
 * cannot be reached).
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

    private final DatabaseOutage outages;

    ErrorHandling(DatabaseOutage outages) {
        this.outages = outages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            String incident = IncidentIds.next();
            boolean outage = outages.explains(error.getThrowable());
            if (outage) {
                Outages.log(incident, "an event listener", error.getThrowable());
            } else {
                LOG.error("Incident {}", incident, error.getThrowable());
            }
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> {
                    Notification notification = Notification.show(
                            ui.getTranslation(outage ? "unavailable.notification" : "error.notification", incident),
                            6000,
                            Notification.Position.BOTTOM_CENTER);
                    notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                });
            }
        }));
    }
}
