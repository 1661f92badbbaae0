package org.gradientlab.charts;

/**
 * One axis of a chart: its title, scale and optional fixed range ({@code null} bounds are chosen from the
 * data).
 */
public record Axis(String title, Scale scale, Double min, Double max) {

    public Axis {
        title = title == null ? "" : title;
        if (scale == null) {
            throw new IllegalArgumentException("an axis needs a scale");
        }
        if (min != null && max != null && !(min < max)) {
            throw new IllegalArgumentException("axis range must have min < max, not " + min + " .. " + max);
        }
        if (scale == Scale.LOGARITHMIC && min != null && min <= 0) {
            throw new IllegalArgumentException("a logarithmic axis starts above 0, not at " + min);
        }
    }

    /** A linear axis with this title. */
    public static Axis linear(String title) {
        return new Axis(title, Scale.LINEAR, null, null);
    }

    /** A base-10 logarithmic axis with this title. */
    public static Axis logarithmic(String title) {
        return new Axis(title, Scale.LOGARITHMIC, null, null);
    }

    /** This axis showing exactly [min, max]. */
    public Axis withRange(double min, double max) {
        return new Axis(title, scale, min, max);
    }
}
