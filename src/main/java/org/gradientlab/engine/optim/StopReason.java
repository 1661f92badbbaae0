package org.gradientlab.engine.optim;

/** Why a run stopped; the API names are {@code steps}, {@code threshold}, {@code distance}, {@code diverged}. */
public enum StopReason {
    /** The step budget was used up. */
    STEPS,
    /** f(x_k) fell below the threshold. */
    THRESHOLD,
    /** ‖x_k − x*‖ fell below the tolerance. */
    DISTANCE,
    /** f or x became non-finite, or f(x_k) exceeded 1e6·(|f(x_0)| + 1). */
    DIVERGED;

    /** The lower-case name used by the HTTP API. */
    public String apiName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
