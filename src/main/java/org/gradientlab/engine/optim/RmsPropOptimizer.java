package org.gradientlab.engine.optim;

import org.gradientlab.engine.function.DifferentiableFunction;

/** RMSProp as {@code torch.optim.RMSprop}: {@code s ← ρs + (1−ρ)g², x ← x − α g/(√s + ε)}. */
final class RmsPropOptimizer extends ScheduledOptimizer {

    private final double rho;
    private final double eps;
    private double[] meanSquare;

    RmsPropOptimizer(double learningRate, double rho, double eps, Schedule schedule) {
        super(learningRate, schedule);
        Check.decayRate("ρ", rho);
        Check.epsilon(eps);
        this.rho = rho;
        this.eps = eps;
    }

    @Override
    void allocate(int n) {
        meanSquare = new double[n];
    }

    @Override
    void apply(double[] x, double[] g, double rate, int t, DifferentiableFunction objective) {
        double oneMinusRho = 1 - rho;
        for (int i = 0; i < x.length; i++) {
            meanSquare[i] = meanSquare[i] * rho + g[i] * g[i] * oneMinusRho;
            x[i] = x[i] - rate * g[i] / (Math.sqrt(meanSquare[i]) + eps);
        }
    }

    @Override
    OptimizerState snapshot(int t, double rate, double[] gradient, double[] update) {
        return new OptimizerState.RmsProp(t, rate, meanSquare, gradient, update);
    }
}
