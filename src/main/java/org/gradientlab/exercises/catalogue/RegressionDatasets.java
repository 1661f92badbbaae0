package org.gradientlab.exercises.catalogue;

import org.gradientlab.engine.learning.LinearData;
import org.gradientlab.engine.learning.SeededRandom;

/**
 * The data of the linear-regression lessons: the course material's 50 points y = 3x + 2 + noise on
 * linspace(0, 10, 50), whose noise NumPy drew with seed 42 (N(0, 2²)) and which the engine keeps value for value, and
 * the seeded variants drawn from the engine's generator.
 */
final class RegressionDatasets {

    private RegressionDatasets() {}

    /** The course material's 50 points. */
    static LinearData course() {
        return LinearData.courseExample();
    }

    /** 50 points on linspace(0, 10, 50) around y = w·x + b with N(0, σ²) noise drawn from {@code seed}. */
    static LinearData seeded(double w, double b, double sigma, long seed) {
        return LinearData.generate(w, b, sigma, 0, 10, 50, SeededRandom.of(seed));
    }
}
