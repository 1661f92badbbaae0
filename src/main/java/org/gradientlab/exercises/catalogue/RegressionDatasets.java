package org.gradientlab.exercises.catalogue;

import org.gradientlab.engine.learning.LinearData;
import org.gradientlab.engine.learning.Linspace;
import org.gradientlab.engine.learning.SeededRandom;

/**
 * The data of the linear-regression lessons: the course material's 50 points y = 3x + 2 + noise on
 * linspace(0, 10, 50), whose noise NumPy drew with seed 42 (N(0, 2²)) and which are kept here value for value, and
 * the seeded variants drawn from the engine's generator.
 */
final class RegressionDatasets {

    /** The course material's noise values, in order (np.random.seed(42); np.random.normal(0, 2, 50)). */
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

    private RegressionDatasets() {}

    /** The course material's 50 points. */
    static LinearData course() {
        return LinearData.withNoise(Linspace.of(0, 10, 50), COURSE_NOISE, 3, 2);
    }

    /** 50 points on linspace(0, 10, 50) around y = w·x + b with N(0, σ²) noise drawn from {@code seed}. */
    static LinearData seeded(double w, double b, double sigma, long seed) {
        return LinearData.generate(w, b, sigma, 0, 10, 50, SeededRandom.of(seed));
    }
}
