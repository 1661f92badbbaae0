package org.gradientlab.engine.optim;

import org.gradientlab.engine.function.DifferentiableFunction;

/** AdaGrad as {@code torch.optim.Adagrad}: {@code G ← G + g², x ← x − α g/(√G + ε)}. */
final class AdaGradOptimizer extends ScheduledOptimizer {

    private final double eps;
    private double[] sumOfSquares;

    AdaGradOptimizer(double learningRate, double eps, Schedule schedule) {
        super(learningRate, schedule);
        Check.epsilon(eps);
        this.eps = eps;
    }

    @Override
    void allocate(int n) {
        sumOfSquares = new double[n];
    }

    @Override
    void apply(double[] x, double[] g, double rate, int t, DifferentiableFunction objective) {
        for (int i = 0; i < x.length; i++) {
            sumOfSquares[i] = sumOfSquares[i] + g[i] * g[i];
            x[i] = x[i] - rate * g[i] / (Math.sqrt(sumOfSquares[i]) + eps);
        }
    }

    @Override
    OptimizerState snapshot(int t, double rate, double[] gradient, double[] update) {
        return new OptimizerState.AdaGrad(t, rate, sumOfSquares, gradient, update);
    }
}
