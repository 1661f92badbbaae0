package org.gradientlab.engine.contour;

/**
 * One connected piece of a contour line, as points (xₖ, yₖ) in order. A closed polyline (a loop)
 * repeats its first point at the end; an open one ends on the grid border or next to a non-finite value.
 */
public record Polyline(double[] x, double[] y, boolean closed) {

    public Polyline {
        x = x.clone();
        y = y.clone();
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    /** The number of points. */
    public int size() {
        return x.length;
    }
}
