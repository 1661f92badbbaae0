package org.gradientlab.engine.optim;

import org.gradientlab.engine.function.DifferentiableFunction;

/**
 * Nesterov momentum in one of the two {@link NesterovForm}s (see there for how they relate). In the
 * look-ahead form the iterate is x and the gradient is taken at x + βv; in PyTorch's form the iterate
 * is PyTorch's parameter p, which is that look-ahead point, and the gradient is taken at p itself.
 */
final class NesterovOptimizer extends ScheduledOptimizer {

    private final NesterovForm form;
    private final double beta;
    private double[] velocity;
    private double[] gradientPoint;

    NesterovOptimizer(double learningRate, double beta, NesterovForm form, Schedule schedule) {
        super(learningRate, schedule);
        Check.decayRate("β", beta);
        this.form = form;
        this.beta = beta;
    }

    @Override
    void allocate(int n) {
        velocity = new double[n];
        gradientPoint = new double[n];
    }

    @Override
    double evaluate(double[] x, DifferentiableFunction objective, double[] g) {
        if (form == NesterovForm.LOOKAHEAD) {
            for (int i = 0; i < x.length; i++) {
                gradientPoint[i] = x[i] + beta * velocity[i];
            }
        } else {
            System.arraycopy(x, 0, gradientPoint, 0, x.length);
        }
        return objective.valueAndGradient(gradientPoint, g);
    }

    @Override
    void apply(double[] x, double[] g, double rate, int t, DifferentiableFunction objective) {
        if (form == NesterovForm.LOOKAHEAD) {
            for (int i = 0; i < x.length; i++) {
                velocity[i] = beta * velocity[i] - rate * g[i];
                x[i] = x[i] + velocity[i];
            }
        } else {
            for (int i = 0; i < x.length; i++) {
                velocity[i] = beta * velocity[i] + g[i];
                x[i] = x[i] - rate * (g[i] + beta * velocity[i]);
            }
        }
    }

    @Override
    OptimizerState snapshot(int t, double rate, double[] gradient, double[] update) {
        return new OptimizerState.Nesterov(form, t, rate, beta, velocity, gradientPoint, gradient, update);
    }
}
