package org.gradientlab.engine.optim;

import org.gradientlab.engine.function.DifferentiableFunction;

/**
 * The Adam family as {@code torch.optim} 1.13 computes it, assembled from three transforms applied in
 * torch's order: weight decay (coupled: g ← g + λx; or decoupled: x ← x(1 − αλ)), the moment
 * averages (m ← β1·m + (1−β1)g, v ← β2·v + (1−β2)g², plus the running maximum for AMSGrad), and the
 * bias-corrected scaling x ← x − (α/(1−β1^t))·m/(√v/√(1−β2^t) + ε). The arithmetic follows torch's
 * operation order so long runs track PyTorch to the last few ulps.
 */
final class AdamOptimizer extends ScheduledOptimizer {

    private final AdamVariant variant;
    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;
    private double[] m;
    private double[] v;
    private double[] vMax;

    AdamOptimizer(
            double learningRate,
            double beta1,
            double beta2,
            double eps,
            AdamVariant variant,
            double weightDecay,
            Schedule schedule) {
        super(learningRate, schedule);
        Check.decayRate("β1", beta1);
        Check.decayRate("β2", beta2);
        Check.epsilon(eps);
        Check.weightDecay(weightDecay);
        if (!variant.decays() && weightDecay != 0) {
            throw new OptimException(OptimMessage.WEIGHT_DECAY_UNUSED, variant.apiName(), weightDecay);
        }
        this.variant = variant;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
    }

    @Override
    void allocate(int n) {
        m = new double[n];
        v = new double[n];
        vMax = new double[variant == AdamVariant.AMSGRAD ? n : 0];
    }

    @Override
    void apply(double[] x, double[] g, double rate, int t, DifferentiableFunction objective) {
        switch (variant) {
            case ADAM_L2 -> addCoupledDecay(x, g);
            case ADAMW -> applyDecoupledDecay(x, rate);
            case ADAM, AMSGRAD -> {}
        }
        traceMoments(g);
        scaleAndStep(x, rate, t);
    }

    private void addCoupledDecay(double[] x, double[] g) {
        for (int i = 0; i < x.length; i++) {
            g[i] = g[i] + weightDecay * x[i];
        }
    }

    private void applyDecoupledDecay(double[] x, double rate) {
        double shrink = 1 - rate * weightDecay;
        for (int i = 0; i < x.length; i++) {
            x[i] = x[i] * shrink;
        }
    }

    private void traceMoments(double[] g) {
        // 1 − β as double expressions (1 − 0.9 = 0.09999999999999998), as PyTorch computes them.
        double oneMinusBeta1 = 1 - beta1;
        double oneMinusBeta2 = 1 - beta2;
        for (int i = 0; i < g.length; i++) {
            m[i] = m[i] * beta1 + g[i] * oneMinusBeta1;
            v[i] = v[i] * beta2 + g[i] * g[i] * oneMinusBeta2;
        }
        for (int i = 0; i < vMax.length; i++) {
            vMax[i] = Math.max(vMax[i], v[i]);
        }
    }

    private void scaleAndStep(double[] x, double rate, int t) {
        double stepSize = rate / (1 - Math.pow(beta1, t));
        double correction2Root = Math.sqrt(1 - Math.pow(beta2, t));
        double[] second = variant == AdamVariant.AMSGRAD ? vMax : v;
        for (int i = 0; i < x.length; i++) {
            double denom = Math.sqrt(second[i]) / correction2Root + eps;
            x[i] = x[i] - stepSize * m[i] / denom;
        }
    }

    @Override
    OptimizerState snapshot(int t, double rate, double[] gradient, double[] update) {
        double correction1 = 1 - Math.pow(beta1, t);
        double correction2 = 1 - Math.pow(beta2, t);
        double[] second = variant == AdamVariant.AMSGRAD ? vMax : v;
        double[] mHat = new double[m.length];
        double[] vHat = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            mHat[i] = m[i] / correction1;
            vHat[i] = second[i] / correction2;
        }
        return new OptimizerState.Adam(variant, t, rate, beta1, beta2, m, v, vMax, mHat, vHat, gradient, update);
    }
}
