package org.gradientlab.engine.learning;

/** Argument checks that raise keyed {@link LearningException}s. */
final class Checks {

    private Checks() {}

    static int positive(String name, int value) {
        if (value <= 0) {
            throw new LearningException(LearningMessage.NOT_POSITIVE, name, value);
        }
        return value;
    }

    static double positive(String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new LearningException(LearningMessage.NOT_POSITIVE, name, value);
        }
        return value;
    }

    static int nonNegative(String name, int value) {
        if (value < 0) {
            throw new LearningException(LearningMessage.NEGATIVE, name, value);
        }
        return value;
    }

    static double nonNegative(String name, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new LearningException(LearningMessage.NEGATIVE, name, value);
        }
        return value;
    }

    static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new LearningException(LearningMessage.NOT_FINITE, name, value);
        }
        return value;
    }

    static void sameLength(String name, int length, String otherName, int otherLength) {
        if (length != otherLength) {
            throw new LearningException(LearningMessage.LENGTH_MISMATCH, name, length, otherName, otherLength);
        }
    }

    static void nonEmpty(int length) {
        if (length == 0) {
            throw new LearningException(LearningMessage.EMPTY_DATA);
        }
    }
}
