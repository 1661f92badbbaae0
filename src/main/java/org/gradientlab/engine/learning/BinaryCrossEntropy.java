package org.gradientlab.engine.learning;

/**
 * Binary cross-entropy on a logit, −[y·ln σ(z) + (1−y)·ln(1 − σ(z))], written as
 * max(z, 0) − z·y + ln(1 + e^(−|z|)) so no exponential overflows and no logarithm of 0 is taken.
 * Its derivative in z is σ(z) − y.
 */
final class BinaryCrossEntropy {

    private BinaryCrossEntropy() {}

    static double loss(double z, double y) {
        return loss(z, y, Math.exp(-Math.abs(z)));
    }

    /** The loss given e = exp(−|z|), which the loss and σ(z) share. */
    static double loss(double z, double y, double e) {
        return Math.max(z, 0) - z * y + Math.log1p(e);
    }

    /** σ(z) = 1/(1 + e^(−z)), evaluated from the side where the exponential cannot overflow. */
    static double sigmoid(double z) {
        return sigmoid(z, Math.exp(-Math.abs(z)));
    }

    /** σ(z) given e = exp(−|z|). */
    static double sigmoid(double z, double e) {
        return z >= 0 ? 1 / (1 + e) : e / (1 + e);
    }
}
