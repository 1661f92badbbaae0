package org.gradientlab.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * A point (x, y) of a series in data coordinates. Non-finite coordinates are allowed: they are drawn as a
 * gap (a diverged run simply stops on the chart).
 */
public record Point(double x, double y) {

    /** Pairs xs[i] with ys[i]; both arrays must have the same length. */
    public static List<Point> zip(double[] xs, double[] ys) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("xs has " + xs.length + " values but ys has " + ys.length);
        }
        List<Point> points = new ArrayList<>(xs.length);
        for (int i = 0; i < xs.length; i++) {
            points.add(new Point(xs[i], ys[i]));
        }
        return List.copyOf(points);
    }

    /** The points (k, values[k]) for k = 0, 1, …: a loss curve over steps. */
    public static List<Point> indexed(double[] values) {
        List<Point> points = new ArrayList<>(values.length);
        for (int k = 0; k < values.length; k++) {
            points.add(new Point(k, values[k]));
        }
        return List.copyOf(points);
    }
}
