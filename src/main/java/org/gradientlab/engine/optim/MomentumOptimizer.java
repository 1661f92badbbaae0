package org.gradientlab.engine.optim;

import org.gradientlab.engine.function.DifferentiableFunction;

/** Momentum in one of the three {@link MomentumForm}s; v starts at 0. */
final class MomentumOptimizer extends ScheduledOptimizer {

    private final MomentumForm form;
    private final double beta;
    private double[] v;

    MomentumOptimizer(double learningRate, double beta, MomentumForm form, Schedule schedule) {
        super(learningRate, schedule);
        Check.decayRate("β", beta);
        this.form = form;
        this.beta = beta;
    }

    @Override
    void allocate(int n) {
        v = new double[n];
    }

    @Override
    void apply(double[] x, double[] g, double rate, int t, DifferentiableFunction objective) {
        switch (form) {
            case VELOCITY -> {
                for (int i = 0; i < x.length; i++) {
                    v[i] = beta * v[i] - rate * g[i];
                    x[i] = x[i] + v[i];
                }
            }
            case HEAVY_BALL -> {
                for (int i = 0; i < x.length; i++) {
                    v[i] = beta * v[i] + g[i];
                    x[i] = x[i] - rate * v[i];
                }
            }
            case EMA -> {
                // 1 − β as a double expression, as the course code computes it.
                double oneMinusBeta = 1 - beta;
                for (int i = 0; i < x.length; i++) {
                    v[i] = beta * v[i] + oneMinusBeta * g[i];
                    x[i] = x[i] - rate * v[i];
                }
            }
        }
    }

    @Override
    OptimizerState snapshot(int t, double rate, double[] gradient, double[] update) {
        return new OptimizerState.Momentum(form, t, rate, beta, v, gradient, update);
    }
}
