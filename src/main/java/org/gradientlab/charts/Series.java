package org.gradientlab.charts;

/**
 * Something drawn on a chart, identified by an id that is unique within the chart so that it can be
 * replaced live ({@link Chart#updateSeries}).
 */
public sealed interface Series permits LineSeries, PathSeries, Contours, ArrowField {

    /** Unique within one chart; stable across updates of the same series. */
    String id();

    /** What the legend and the data table call it. */
    String label();

    /** Whether the series has a place in the legend and the data table (background contours do not). */
    default boolean tabulated() {
        return true;
    }
}
