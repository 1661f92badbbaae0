package org.gradientlab.api.optimize;

/**
 * A finished run: {@code trajectory[k]} is the point after k updates (for PyTorch-form Nesterov the parameter as
 * PyTorch holds it), {@code losses[k] = f(trajectory[k])}; both end at the stop.
 */
record OptimizeResponse(double[][] trajectory, double[] losses, Stopped stopped) {

    /**
     * Why and when the run stopped.
     *
     * @param reason {@code steps}, {@code threshold}, {@code distance} or {@code diverged}
     * @param step   the number of updates applied
     */
    record Stopped(String reason, int step) {}
}
