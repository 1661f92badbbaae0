package org.gradientlab.charts;

import java.util.List;

/**
 * The iterates x₀, x₁, … of an optimizer joined in order, with a marker on every iterate and a larger one on
 * the last (where the run is now). Its data table numbers the rows by step k.
 *
 * @param colour {@code null} for the next palette colour
 * @param markerRadius radius of the iterate markers in pixels (0 for none)
 * @param endRadius radius of the marker on the last point
 */
public record PathSeries(
        String id,
        String label,
        List<Point> points,
        Colour colour,
        double markerRadius,
        double endRadius,
        boolean dashed)
        implements Series {

    public PathSeries {
        SeriesIds.require(id);
        label = label == null ? id : label;
        points = List.copyOf(points);
        if (markerRadius < 0 || endRadius < 0) {
            throw new IllegalArgumentException("marker radii cannot be negative");
        }
    }

    /** A path with 3-pixel markers and a 6-pixel end marker in the next palette colour. */
    public static PathSeries of(String id, String label, List<Point> points) {
        return new PathSeries(id, label, points, null, 3, 6, false);
    }

    public PathSeries withColour(Colour newColour) {
        return new PathSeries(id, label, points, newColour, markerRadius, endRadius, dashed);
    }

    public PathSeries withMarkers(double newMarkerRadius, double newEndRadius) {
        return new PathSeries(id, label, points, colour, newMarkerRadius, newEndRadius, dashed);
    }

    public PathSeries asDashed() {
        return new PathSeries(id, label, points, colour, markerRadius, endRadius, true);
    }

    /** The same styling with new iterates: what a live update sends. */
    public PathSeries withPoints(List<Point> newPoints) {
        return new PathSeries(id, label, newPoints, colour, markerRadius, endRadius, dashed);
    }
}
