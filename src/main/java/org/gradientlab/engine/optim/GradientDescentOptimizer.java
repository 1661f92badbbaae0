package org.gradientlab.engine.optim;

import org.gradientlab.engine.function.DifferentiableFunction;

/** Plain gradient descent, {@code x ← x − α_k g}. */
final class GradientDescentOptimizer extends ScheduledOptimizer {

    GradientDescentOptimizer(double learningRate, Schedule schedule) {
        super(learningRate, schedule);
    }

    @Override
    void allocate(int n) {
        // Gradient descent keeps no state of its own.
    }

    @Override
    void apply(double[] x, double[] g, double rate, int t, DifferentiableFunction objective) {
        for (int i = 0; i < x.length; i++) {
            x[i] = x[i] - rate * g[i];
        }
    }

    @Override
    OptimizerState snapshot(int t, double rate, double[] gradient, double[] update) {
        return new OptimizerState.GradientDescent(t, rate, gradient, update);
    }
}
