package org.gradientlab.engine.optim;

/** Argument checks shared by the hyperparameter records, each failing with its message key. */
final class Check {

    private Check() {}

    static void learningRate(double lr) {
        if (!(Double.isFinite(lr) && lr >= 0)) {
            throw new OptimException(OptimMessage.LEARNING_RATE_INVALID, lr);
        }
    }

    static void decayRate(String name, double beta) {
        if (!(beta >= 0 && beta < 1)) {
            throw new OptimException(OptimMessage.DECAY_RATE_OUT_OF_RANGE, name, beta);
        }
    }

    static void epsilon(double eps) {
        if (!(Double.isFinite(eps) && eps >= 0)) {
            throw new OptimException(OptimMessage.EPSILON_INVALID, eps);
        }
    }

    static void weightDecay(double lambda) {
        if (!(Double.isFinite(lambda) && lambda >= 0)) {
            throw new OptimException(OptimMessage.WEIGHT_DECAY_INVALID, lambda);
        }
    }

    static void dimension(int expected, int actual) {
        if (expected != actual) {
            throw new OptimException(OptimMessage.DIMENSION_MISMATCH, expected, actual);
        }
    }
}
