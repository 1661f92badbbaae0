package org.gradientlab.ui.playground;

/**
 * A setting that only some optimizers have, with its key in a shared link and the values it may take. The learning
 * rate, gradient clipping and the schedule belong to every racer and are not listed here.
 */
enum Hyperparameter {
    /** Momentum coefficient β of momentum and Nesterov, in [0, 1). */
    BETA("beta"),
    /** Which of the three momentum forms. */
    MOMENTUM_FORM("form"),
    /** Which of the two Nesterov forms. */
    NESTEROV_FORM("form"),
    /** Adam's first-moment decay β1, in [0, 1). */
    BETA1("b1"),
    /** Adam's second-moment decay β2, in [0, 1). */
    BETA2("b2"),
    /** ε added to the root in the denominator, ≥ 0. */
    EPSILON("eps"),
    /** RMSProp's decay ρ, in [0, 1). */
    RHO("rho"),
    /** Weight decay λ of AdamW and Adam + L2, ≥ 0. */
    WEIGHT_DECAY("wd"),
    /** L-BFGS memory: how many curvature pairs are kept. */
    MEMORY("m");

    static final int MAX_MEMORY = 50;

    private final String key;

    Hyperparameter(String key) {
        this.key = key;
    }

    /** The key of this setting in a racer's part of a link. */
    String key() {
        return key;
    }

    /** Whether a number is a value this setting may take (the forms are not numbers and accept none). */
    boolean accepts(double value) {
        return switch (this) {
            case BETA, BETA1, BETA2, RHO -> value >= 0 && value < 1;
            case EPSILON, WEIGHT_DECAY -> value >= 0 && value <= 1e3;
            case MEMORY -> value >= 1 && value <= MAX_MEMORY && value == Math.rint(value);
            case MOMENTUM_FORM, NESTEROV_FORM -> false;
        };
    }
}
