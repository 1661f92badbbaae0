package org.gradientlab.engine.learning;

import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Multivariate regression data: an n × d feature matrix X (rows xᵢ) and targets yᵢ = xᵢ·w + σ·zᵢ,
 * with standard normal features and noise. It knows its mean squared error
 * L(w) = (1/n)·‖Xw − y‖², the gradient ∇L = (2/n)·Xᵀ(Xw − y), and the least-squares solution of the
 * normal equations XᵀX w = Xᵀy. Values never change; arrays are copied on the way in and out.
 */
public final class RegressionData {

    final int size;
    final int features;
    /** Row-major: feature j of sample i is {@code x[i * features + j]}. */
    final double[] x;

    final double[] y;
    private final double[] trueWeights;

    private RegressionData(int size, int features, double[] x, double[] y, double[] trueWeights) {
        this.size = size;
        this.features = features;
        this.x = x;
        this.y = y;
        this.trueWeights = trueWeights;
    }

    /**
     * {@code n} samples with d = trueWeights.length standard normal features and yᵢ = xᵢ·w + σ·zᵢ.
     */
    public static RegressionData generate(int n, double[] trueWeights, double noiseStd, SeededRandom random) {
        return generate(n, trueWeights, noiseStd, random::nextGaussian);
    }

    /**
     * As {@link #generate(int, double[], double, SeededRandom)}, drawing from a standard normal source in
     * this order: all features row by row, then the n noise values.
     */
    public static RegressionData generate(int n, double[] trueWeights, double noiseStd, DoubleSupplier standardNormal) {
        Checks.positive("n", n);
        int d = Checks.positive("features", trueWeights.length);
        Checks.nonNegative("noise standard deviation", noiseStd);
        for (double w : trueWeights) {
            Checks.finite("true weight", w);
        }
        double[] x = new double[n * d];
        for (int k = 0; k < x.length; k++) {
            x[k] = standardNormal.getAsDouble();
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = dot(x, i * d, trueWeights) + noiseStd * standardNormal.getAsDouble();
        }
        return new RegressionData(n, d, x, y, trueWeights.clone());
    }

    /** Data from given rows and targets (no known true weights). */
    public static RegressionData of(double[][] rows, double[] targets) {
        Checks.nonEmpty(rows.length);
        Checks.sameLength("rows", rows.length, "targets", targets.length);
        int d = Checks.positive("features", rows[0].length);
        double[] x = new double[rows.length * d];
        for (int i = 0; i < rows.length; i++) {
            Checks.sameLength("row " + (i + 1), rows[i].length, "row 1", d);
            System.arraycopy(rows[i], 0, x, i * d, d);
        }
        return new RegressionData(rows.length, d, x, targets.clone(), null);
    }

    /** The number of samples n. */
    public int size() {
        return size;
    }

    /** The number of features d. */
    public int features() {
        return features;
    }

    /** Row i of X. */
    public double[] row(int i) {
        double[] r = new double[features];
        System.arraycopy(x, i * features, r, 0, features);
        return r;
    }

    /** The targets y. */
    public double[] targets() {
        return y.clone();
    }

    /** The weights the data was generated from, if known. */
    public Optional<double[]> trueWeights() {
        return Optional.ofNullable(trueWeights).map(double[]::clone);
    }

    /** L(w) = (1/n)·Σ (xᵢ·w − yᵢ)². */
    public double loss(double[] w) {
        Checks.sameLength("w", w.length, "features", features);
        double sum = 0;
        for (int i = 0; i < size; i++) {
            double r = dot(x, i * features, w) - y[i];
            sum += r * r;
        }
        return sum / size;
    }

    /** ∇L(w) = (2/n)·Σ (xᵢ·w − yᵢ)·xᵢ. */
    public double[] gradient(double[] w) {
        Checks.sameLength("w", w.length, "features", features);
        double[] g = new double[features];
        double scale = 2.0 / size;
        for (int i = 0; i < size; i++) {
            double r = dot(x, i * features, w) - y[i];
            for (int j = 0; j < features; j++) {
                g[j] += scale * x[i * features + j] * r;
            }
        }
        return g;
    }

    /**
     * The least-squares weights: the solution of the normal equations XᵀX w = Xᵀy, by Cholesky
     * factorisation of the symmetric positive-definite XᵀX.
     *
     * @throws LearningException if XᵀX is singular (linearly dependent features, or fewer samples than
     *     features)
     */
    public double[] leastSquares() {
        double[][] gram = new double[features][features];
        double[] rhs = new double[features];
        for (int i = 0; i < size; i++) {
            int row = i * features;
            for (int j = 0; j < features; j++) {
                rhs[j] += x[row + j] * y[i];
                for (int k = 0; k <= j; k++) {
                    gram[j][k] += x[row + j] * x[row + k];
                }
            }
        }
        for (int j = 0; j < features; j++) {
            for (int k = 0; k < j; k++) {
                gram[k][j] = gram[j][k];
            }
        }
        return Cholesky.solve(gram, rhs);
    }

    static double dot(double[] x, int offset, double[] w) {
        double s = 0;
        for (int j = 0; j < w.length; j++) {
            s += x[offset + j] * w[j];
        }
        return s;
    }
}
