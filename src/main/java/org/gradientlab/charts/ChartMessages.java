package org.gradientlab.charts;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The few words a chart says itself (the table toggle and headings), from this package's own bundle
 * {@code ChartMessages}, so the component needs nothing from the application; English when the locale has no
 * translation.
 */
final class ChartMessages {

    private static final ResourceBundle.Control NO_SYSTEM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ChartMessages() {}

    static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                "org.gradientlab.charts.ChartMessages", locale == null ? Locale.ENGLISH : locale, NO_SYSTEM_FALLBACK);
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
