package org.gradientlab.engine.optim;

/**
 * The verdict on a finished run, with the rules of the course: a run <b>diverged</b> when f or x became
 * non-finite or f(x_k) > 1e6·(|f(x_0)| + 1); it <b>converged</b> when f(x_k) − f* ≤ 1e-8·(f(x_0) − f*) at
 * its last point (or, where f* is unknown, when ‖∇f(x_k)‖ < 1e-10); otherwise it is <b>undecided</b>
 * (for example GD at exactly α = 2/λmax, which oscillates forever).
 */
public enum Outcome {
    CONVERGED,
    DIVERGED,
    UNDECIDED
}
