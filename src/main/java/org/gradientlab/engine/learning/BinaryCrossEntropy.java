package org.gradientlab.engine.learning;

/**
 * Binary cross-entropy on a logit, −[y·ln σ(z) + (1−y)·ln(1 − σ(z))], written as
 * max(z, 0) − z·y + ln(1 + e^(−|z|)) so no exponential overflows and no logarithm of 0 is taken.
 * Its derivative in z is σ(z) − y.
 */
final class BinaryCrossEntropy {

    private BinaryCrossEntropy() {}

    static double loss(double z, double y) {
        return Math.max(z, 0) - z * y + Math.log1p(Math.exp(-Math.abs(z)));
    }

    /** σ(z) = 1/(1 + e^(−z)), evaluated from the side where the exponential cannot overflow. */
    static double sigmoid(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1 + e);
    }
}
