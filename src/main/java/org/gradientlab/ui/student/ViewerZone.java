package org.gradientlab.ui.student;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.server.VaadinSession;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The viewer's time zone, as the browser reports it: times are stored in UTC (DESIGN §7) and shown in the zone of
 * whoever looks at them. Until the browser has answered, times are shown in UTC and say so.
 */
final class ViewerZone {

    private static final String ATTRIBUTE = ViewerZone.class.getName();

    private ViewerZone() {}

    /** The viewer's time zone as the browser reported it, or UTC before it has. */
    static ZoneId current() {
        VaadinSession session = VaadinSession.getCurrent();
        Object zone = session == null ? null : session.getAttribute(ATTRIBUTE);
        return zone instanceof ZoneId z ? z : ZoneOffset.UTC;
    }

    /** Asks the browser for its zone, unless it is known; {@code changed} runs once the answer arrives. */
    static void ask(UI ui, Consumer<ZoneId> changed) {
        if (ui.getSession().getAttribute(ATTRIBUTE) != null) {
            return;
        }
        ExtendedClientDetails known = ui.getPage().getExtendedClientDetails();
        if (known != null && remember(ui, known.getTimeZoneId())) {
            return;
        }
        ui.getPage().retrieveExtendedClientDetails(details -> {
            if (remember(ui, details.getTimeZoneId())) {
                changed.accept(current());
            }
        });
    }

    private static boolean remember(UI ui, String zoneId) {
        if (zoneId == null || zoneId.isBlank()) {
            return false;
        }
        try {
            ui.getSession().setAttribute(ATTRIBUTE, ZoneId.of(zoneId));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** A moment as a date and time in the viewer's zone, naming the zone. */
    static String format(Instant instant, Locale locale) {
        ZoneId zone = current();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale == null ? Locale.ENGLISH : locale)
                .withZone(zone);
        return format.format(instant) + " (" + zone.getId() + ")";
    }
}
