package org.gradientlab.engine.learning;

import java.util.function.DoubleSupplier;

/**
 * One-dimensional regression data (xᵢ, yᵢ) with yᵢ = w·xᵢ + b + εᵢ, the data of the course's linear
 * regression. The arrays are copied on the way in and out; the values never change.
 */
public final class LinearData {

    final double[] x;
    final double[] y;

    private LinearData(double[] x, double[] y) {
        this.x = x;
        this.y = y;
    }

    /**
     * The data yᵢ = (w·xᵢ + b) + noiseᵢ for given inputs and noise (e.g. noise values recorded from
     * another generator).
     *
     * @throws LearningException if the arrays are empty or differ in length
     */
    public static LinearData withNoise(double[] x, double[] noise, double w, double b) {
        Checks.nonEmpty(x.length);
        Checks.sameLength("x", x.length, "noise", noise.length);
        Checks.finite("w", w);
        Checks.finite("b", b);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = w * x[i] + b + noise[i];
        }
        return new LinearData(x.clone(), y);
    }

    /**
     * {@code n} points on linspace(xMin, xMax, n) with Gaussian noise N(0, σ²) from {@code random}.
     */
    public static LinearData generate(
            double w, double b, double sigma, double xMin, double xMax, int n, SeededRandom random) {
        return generate(w, b, sigma, Linspace.of(xMin, xMax, n), random::nextGaussian);
    }

    /**
     * Data at the given inputs with noise σ·zᵢ, the zᵢ drawn in order from a standard normal source.
     */
    public static LinearData generate(double w, double b, double sigma, double[] x, DoubleSupplier standardNormal) {
        Checks.nonNegative("sigma", sigma);
        double[] noise = new double[x.length];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = sigma * standardNormal.getAsDouble();
        }
        return withNoise(x, noise, w, b);
    }

    /** Data from given pairs. */
    public static LinearData of(double[] x, double[] y) {
        Checks.nonEmpty(x.length);
        Checks.sameLength("x", x.length, "y", y.length);
        return new LinearData(x.clone(), y.clone());
    }

    /** The number of points n. */
    public int size() {
        return x.length;
    }

    /** The inputs xᵢ. */
    public double[] x() {
        return x.clone();
    }

    /** The targets yᵢ. */
    public double[] y() {
        return y.clone();
    }
}
