package org.gradientlab.charts;

import java.util.List;

/** One polyline of the level set f(x, y) = level, as computed by the caller (e.g. marching squares). */
public record ContourLine(double level, List<Point> points) {

    public ContourLine {
        points = List.copyOf(points);
    }
}
