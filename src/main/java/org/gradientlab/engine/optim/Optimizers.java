package org.gradientlab.engine.optim;

/**
 * Factories for ready-to-step optimizers with a constant learning rate and the defaults of
 * {@link OptimizerSpec}; for other hyperparameters or a schedule build an {@link OptimizerSpec}
 * record and call {@link OptimizerSpec#create(Schedule)}. Each call returns a fresh optimizer.
 */
public final class Optimizers {

    private Optimizers() {}

    /** Gradient descent {@code x ← x − αg}. */
    public static Optimizer gradientDescent(double lr) {
        return OptimizerSpec.gradientDescent(lr).create();
    }

    /** Velocity-form momentum with β = 0.9: {@code v ← βv − αg, x ← x + v}. */
    public static Optimizer momentum(double lr) {
        return OptimizerSpec.momentum(lr).create();
    }

    /** Momentum with coefficient β in the named form. */
    public static Optimizer momentum(double lr, double beta, MomentumForm form) {
        return new OptimizerSpec.Momentum(lr, beta, form).create();
    }

    /** PyTorch-form Nesterov momentum with β = 0.9. */
    public static Optimizer nesterov(double lr) {
        return OptimizerSpec.nesterov(lr).create();
    }

    /** Nesterov momentum with coefficient β in the named form. */
    public static Optimizer nesterov(double lr, double beta, NesterovForm form) {
        return new OptimizerSpec.Nesterov(lr, beta, form).create();
    }

    /** AdaGrad with ε = 1e-10. */
    public static Optimizer adaGrad(double lr) {
        return OptimizerSpec.adaGrad(lr).create();
    }

    /** RMSProp with ρ = 0.99, ε = 1e-8. */
    public static Optimizer rmsProp(double lr) {
        return OptimizerSpec.rmsProp(lr).create();
    }

    /** {@code torch.optim.Adam} with β1 = 0.9, β2 = 0.999, ε = 1e-8. */
    public static Optimizer adam(double lr) {
        return OptimizerSpec.adam(lr).create();
    }

    /** AMSGrad with Adam's defaults. */
    public static Optimizer amsGrad(double lr) {
        return OptimizerSpec.amsGrad(lr).create();
    }

    /** {@code torch.optim.AdamW} with λ = 0.01 and Adam's defaults. */
    public static Optimizer adamW(double lr) {
        return OptimizerSpec.adamW(lr).create();
    }

    /** Adam with L2 decay λ added to the gradient ({@code torch.optim.Adam(weight_decay=λ)}). */
    public static Optimizer adamL2(double lr, double weightDecay) {
        return OptimizerSpec.adamL2(lr, weightDecay).create();
    }

    /** Pure Newton steps {@code x ← x − H⁻¹∇f}. */
    public static Optimizer newton() {
        return OptimizerSpec.newton().create();
    }

    /** L-BFGS with memory 10 and backtracking from step 1. */
    public static Optimizer lbfgs() {
        return OptimizerSpec.lbfgs().create();
    }

    /** {@code inner} with every gradient clipped to norm at most {@code maxNorm} (PyTorch's rule). */
    public static Optimizer clipByNorm(Optimizer inner, double maxNorm) {
        return new ClippedOptimizer(inner, maxNorm);
    }
}
