package org.gradientlab.charts;

import java.util.List;

/**
 * A curve through its points in order, without markers: a function y = f(x), a derivative, a loss curve.
 *
 * @param colour {@code null} for the next palette colour
 */
public record LineSeries(String id, String label, List<Point> points, Colour colour, double width, boolean dashed)
        implements Series {

    public LineSeries {
        SeriesIds.require(id);
        label = label == null ? id : label;
        points = List.copyOf(points);
        if (!(width > 0)) {
            throw new IllegalArgumentException("line width must be positive, not " + width);
        }
    }

    /** A solid 2-pixel curve in the next palette colour. */
    public static LineSeries of(String id, String label, List<Point> points) {
        return new LineSeries(id, label, points, null, 2, false);
    }

    public LineSeries withColour(Colour newColour) {
        return new LineSeries(id, label, points, newColour, width, dashed);
    }

    public LineSeries withWidth(double newWidth) {
        return new LineSeries(id, label, points, colour, newWidth, dashed);
    }

    /** The same curve drawn dashed (a reference line, a tangent). */
    public LineSeries asDashed() {
        return new LineSeries(id, label, points, colour, width, true);
    }

    /** The same styling with new data: what a live update sends. */
    public LineSeries withPoints(List<Point> newPoints) {
        return new LineSeries(id, label, newPoints, colour, width, dashed);
    }
}
