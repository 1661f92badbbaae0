package org.gradientlab.engine.learning;

/**
 * Evenly spaced points as NumPy's {@code linspace(start, stop, n)} computes them: start + i·step with
 * step = (stop − start)/(n − 1), and the last point set to stop exactly, so data built here matches
 * the course material's arrays bit for bit.
 */
public final class Linspace {

    private Linspace() {}

    /**
     * {@code n} points from {@code start} to {@code stop} inclusive ({@code n = 1} gives just start).
     *
     * @throws LearningException if n &lt; 1
     */
    public static double[] of(double start, double stop, int n) {
        Checks.positive("n", n);
        double[] points = new double[n];
        if (n == 1) {
            points[0] = start;
            return points;
        }
        double step = (stop - start) / (n - 1);
        for (int i = 0; i < n; i++) {
            points[i] = i * step + start;
        }
        points[n - 1] = stop;
        return points;
    }
}
