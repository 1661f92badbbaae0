package org.gradientlab.engine.learning;

import java.util.function.DoubleSupplier;

/**
 * One-dimensional regression data (xᵢ, yᵢ) with yᵢ = w·xᵢ + b + εᵢ, the data of the course's linear
 * regression. The arrays are copied on the way in and out; the values never change.
 */
public final class LinearData {

    /**
     * The noise of the course's example, NumPy's {@code np.random.seed(42); np.random.normal(0, 2, 50)}
     * (legacy MT19937 stream), kept so the site shows the material's own figures.
     */
    private static final double[] COURSE_NOISE = {
        0.9934283060224653,
        -0.2765286023423693,
        1.295377076201385,
        3.0460597128160507,
        -0.46830674944667194,
        -0.4682739138983611,
        3.158425631014783,
        1.5348694583058176,
        -0.9389487718699042,
        1.0851200871719293,
        -0.9268353856249245,
        -0.9314595071405137,
        0.48392454313206823,
        -3.826560489315596,
        -3.4498356650260655,
        -1.1245750584819454,
        -2.0256622406688476,
        0.6284946651905478,
        -1.8160481510424218,
        -2.824607402670583,
        2.931297537843108,
        -0.4515526009730713,
        0.13505640937584767,
        -2.8494963724269136,
        -1.0887654490503653,
        0.22184517941973217,
        -2.3019871548446056,
        0.7513960366913439,
        -1.20127737983761,
        -0.5833874995865536,
        -1.2034132244587938,
        3.7045563690178756,
        -0.026994449475867842,
        -2.1154218579118007,
        1.645089824206378,
        -2.4416872999420445,
        0.4177271900095108,
        -3.919340247759551,
        -2.656372097796861,
        0.39372247173824704,
        1.4769331599908209,
        0.342736562379941,
        -0.23129656477648106,
        -0.6022073911785776,
        -2.9570439807348547,
        -1.4396884167894173,
        -0.921277541919575,
        2.1142444524378314,
        0.6872365791369228,
        -3.526080310725468
    };

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

    /**
     * The course's example: y = 3x + 2 + N(0, 2²) at 50 points on linspace(0, 10, 50), with the noise
     * NumPy drew for seed 42, so gradient descent reproduces the material's tables.
     */
    public static LinearData courseExample() {
        return withNoise(Linspace.of(0, 10, 50), COURSE_NOISE, 3, 2);
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
