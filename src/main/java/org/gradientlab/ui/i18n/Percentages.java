package org.gradientlab.ui.i18n;

import java.util.Locale;

/** Scores and rates as the site writes them everywhere: "90 %", "92.5 %" (at most one decimal). */
public final class Percentages {

    private Percentages() {}

    /** A fraction (1 is 100 %) as a percentage with at most one decimal. */
    public static String of(double fraction) {
        double value = Math.round(1000 * fraction) / 10.0;
        return (value == Math.rint(value)
                        ? String.format(Locale.ROOT, "%.0f", value)
                        : String.format(Locale.ROOT, "%.1f", value))
                + " %";
    }
}
