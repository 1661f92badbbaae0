package org.gradientlab.engine.contour;

import java.util.Arrays;

/**
 * Choosing contour levels between a landscape's lowest and highest value. Evenly spaced levels suit
 * bowls; landscapes with a wide range and a narrow valley, such as Rosenbrock's, need levels that
 * crowd towards the minimum: log-spaced, fₘᵢₙ + (fₘₐₓ − fₘᵢₙ)·10^(−D·(count − k)/count) for
 * k = 0 … count − 1, covering D decades below the range.
 */
public final class ContourLevels {

    /** The most levels drawn at once. */
    public static final int MAX_LEVELS = 200;
    /** Decades covered by {@link #logSpaced(double, double, int)}. */
    public static final double DEFAULT_DECADES = 4;

    private ContourLevels() {}

    /**
     * {@code count} levels evenly spaced strictly between min and max:
     * min + k·(max − min)/(count + 1), k = 1 … count.
     */
    public static double[] evenlySpaced(double min, double max, int count) {
        checkCount(count);
        checkRange(min, max);
        double[] levels = new double[count];
        double step = (max - min) / (count + 1);
        for (int k = 0; k < count; k++) {
            levels[k] = min + (k + 1) * step;
        }
        return levels;
    }

    /** {@code count} log-spaced levels over {@link #DEFAULT_DECADES} decades above min. */
    public static double[] logSpaced(double min, double max, int count) {
        return logSpaced(min, max, count, DEFAULT_DECADES);
    }

    /**
     * {@code count} levels min + (max − min)·10^(−decades·(count − k)/count), k = 0 … count − 1: the
     * gaps grow by a constant factor from min upwards and the top level stays below max.
     */
    public static double[] logSpaced(double min, double max, int count, double decades) {
        checkCount(count);
        checkRange(min, max);
        if (!(decades > 0) || !Double.isFinite(decades)) {
            throw new ContourException(ContourMessage.NOT_POSITIVE_DECADES, decades);
        }
        double[] levels = new double[count];
        for (int k = 0; k < count; k++) {
            levels[k] = min + (max - min) * Math.pow(10, -decades * (count - k) / count);
        }
        return levels;
    }

    /**
     * Levels for this grid: log-spaced when the lowest tenth of the finite values lies within 2 % of
     * the range above the minimum (a narrow valley that even spacing would draw as one blank band),
     * evenly spaced otherwise. Empty when the grid has no two distinct finite values.
     */
    public static double[] choose(ContourGrid grid, int count) {
        checkCount(count);
        double[] finite =
                Arrays.stream(grid.values).filter(Double::isFinite).sorted().toArray();
        if (finite.length == 0 || finite[0] == finite[finite.length - 1]) {
            return new double[0];
        }
        double min = finite[0];
        double max = finite[finite.length - 1];
        double lowestTenth = finite[finite.length / 10];
        return lowestTenth - min < 0.02 * (max - min) ? logSpaced(min, max, count) : evenlySpaced(min, max, count);
    }

    private static void checkRange(double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
            throw new ContourException(ContourMessage.EMPTY_RANGE, "value", min, max);
        }
    }

    private static void checkCount(int count) {
        if (count < 1 || count > MAX_LEVELS) {
            throw new ContourException(ContourMessage.LEVEL_COUNT, MAX_LEVELS, count);
        }
    }
}
