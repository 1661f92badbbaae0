package org.gradientlab.engine.optim;

import org.gradientlab.engine.function.DifferentiableFunction;

/**
 * One optimisation method with its own state (moments, velocity, step counter). Each call applies
 * exactly one update; the state can be inspected between calls so the site can show it.
 */
public interface Optimizer {

    /**
     * Applies one update to {@code x} in place. The optimizer evaluates {@code objective} where its
     * method needs a gradient (at x, or at a look-ahead point for Nesterov).
     *
     * @return f at the point where the gradient for this update was taken
     */
    double step(double[] x, DifferentiableFunction objective);
}
