package org.gradientlab.ui.teach;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Dates in the viewer's time zone: stored in UTC, shown and entered in the browser's zone, which Vaadin reports
 * after the page has loaded. Until it is known (or if the browser names none) dates show in UTC, labelled so.
 */
final class ViewerZone {

    private ViewerZone() {}

    /** Calls back with the browser's zone once it is known (at once when it already is). */
    static void whenKnown(UI ui, SerializableConsumer<ZoneId> receiver) {
        ui.getPage().retrieveExtendedClientDetails(details -> receiver.accept(of(details.getTimeZoneId())));
    }

    static ZoneId of(String id) {
        if (id == null || id.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    /** A date and time with the zone's short name, e.g. "4 May 2031, 12:15 CEST" (the short name follows summer time). */
    static String format(Instant at, ZoneId zone, Locale locale) {
        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone);
        String zoneName = zone.equals(ZoneOffset.UTC)
                ? "UTC"
                : DateTimeFormatter.ofPattern("zzz", locale).withZone(zone).format(at);
        return f.format(at) + " " + zoneName;
    }

    static LocalDateTime local(Instant at, ZoneId zone) {
        return at == null ? null : LocalDateTime.ofInstant(at, zone);
    }

    static Instant instant(LocalDateTime local, ZoneId zone) {
        return local == null ? null : local.atZone(zone).toInstant();
    }

    /** The zone's name for a field's label, e.g. "Europe/Berlin". */
    static String name(ZoneId zone, Locale locale) {
        return zone.equals(ZoneOffset.UTC)
                ? "UTC"
                : zone.getDisplayName(TextStyle.FULL, locale) + " (" + zone.getId() + ")";
    }
}
