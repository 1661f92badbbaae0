package org.gradientlab.engine.optim;

import java.util.Optional;
import org.gradientlab.engine.function.DifferentiableFunction;

/**
 * What every optimizer of this package shares: the base rate α and its schedule, the update count t,
 * the gradient buffer and the record of the step actually taken. Subclasses write only their update
 * rule. State arrays are allocated on the first update (when the dimension becomes known), so later
 * updates allocate nothing.
 */
abstract class ScheduledOptimizer implements Optimizer {

    private final double baseRate;
    private final Schedule schedule;
    private int t;
    private double lastRate;
    private double[] before;
    private double[] gradient;
    private double[] update;

    ScheduledOptimizer(double baseRate, Schedule schedule) {
        Check.learningRate(baseRate);
        this.baseRate = baseRate;
        this.schedule = schedule;
    }

    @Override
    public final double step(double[] x, DifferentiableFunction objective) {
        int n = objective.dimension();
        Check.dimension(n, x.length);
        if (gradient == null) {
            before = new double[n];
            gradient = new double[n];
            update = new double[n];
            allocate(n);
        } else {
            Check.dimension(gradient.length, n);
        }
        double rate = schedule.learningRate(baseRate, t);
        System.arraycopy(x, 0, before, 0, n);
        double f = evaluate(x, objective, gradient);
        t++;
        apply(x, gradient, rate, t, objective);
        for (int i = 0; i < n; i++) {
            update[i] = x[i] - before[i];
        }
        lastRate = rate;
        return f;
    }

    @Override
    public final Optional<OptimizerState> state() {
        return t == 0 ? Optional.empty() : Optional.of(snapshot(t, lastRate, gradient, update));
    }

    /** Creates the method's state arrays for dimension n. */
    abstract void allocate(int n);

    /**
     * Writes the gradient this update uses into {@code g} and returns f where it was taken; the
     * default takes it at x.
     */
    double evaluate(double[] x, DifferentiableFunction objective, double[] g) {
        return objective.valueAndGradient(x, g);
    }

    /** Applies update number t (1-based) with learning rate α_k = {@code rate} to x in place. */
    abstract void apply(double[] x, double[] g, double rate, int t, DifferentiableFunction objective);

    /** The method's state record. */
    abstract OptimizerState snapshot(int t, double rate, double[] gradient, double[] update);
}
