package org.gradientlab.engine.optim;

import java.util.Optional;
import org.gradientlab.engine.function.DifferentiableFunction;

/**
 * One optimisation method with its own state (moments, velocity, step counter). Each call applies
 * exactly one update; the state can be inspected between calls so the site can show it. Build one
 * with {@link Optimizers} or {@link OptimizerSpec#create(Schedule)}; run many updates with {@link Runner}.
 */
public interface Optimizer {

    /**
     * Applies one update to {@code x} in place. The optimizer evaluates {@code objective} where its
     * method needs a gradient (at x, or at a look-ahead point for Nesterov).
     *
     * @return f at the point where the gradient for this update was taken
     */
    double step(double[] x, DifferentiableFunction objective);

    /**
     * An immutable snapshot of the state after the last update (moments, velocity, the step actually
     * taken, the update count t). Empty before the first update, and for an optimizer that keeps no
     * inspectable state.
     */
    default Optional<OptimizerState> state() {
        return Optional.empty();
    }
}
