package org.gradientlab.ui.playground;

/** The rectangle [xMin, xMax] × [yMin, yMax] of the contour plot; finite, non-empty and within ±{@link #LIMIT}. */
record Window(double xMin, double xMax, double yMin, double yMax) {

    /** The largest coordinate a window may reach. */
    static final double LIMIT = 1e6;

    Window {
        if (!valid(xMin, xMax, yMin, yMax)) {
            throw new IllegalArgumentException(
                    "not a plot window: [" + xMin + ", " + xMax + "] × [" + yMin + ", " + yMax + "]");
        }
    }

    /** Whether these bounds make a window. */
    static boolean valid(double xMin, double xMax, double yMin, double yMax) {
        return within(xMin) && within(xMax) && within(yMin) && within(yMax) && xMin < xMax && yMin < yMax;
    }

    /** Whether a coordinate is finite and within ±{@link #LIMIT}. */
    static boolean within(double value) {
        return Math.abs(value) <= LIMIT;
    }

    double width() {
        return xMax - xMin;
    }

    double height() {
        return yMax - yMin;
    }

    boolean contains(double x, double y) {
        return x >= xMin && x <= xMax && y >= yMin && y <= yMax;
    }
}
