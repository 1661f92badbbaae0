package org.gradientlab.engine.optim;

/**
 * The hyperparameters of an optimizer, as a value that can be stored, compared and sent over the API.
 * {@link #create(Schedule)} builds a fresh optimizer (zero state) that uses the schedule. The static
 * factories fill in the defaults of {@code torch.optim} where it has one (AdaGrad ε 1e-10; RMSProp
 * ρ 0.99, ε 1e-8; Adam β1 0.9, β2 0.999, ε 1e-8; AdamW λ 0.01), momentum β 0.9, velocity-form
 * momentum and PyTorch-form Nesterov; the learning rate is always the caller's. Invalid values are
 * refused when the optimizer is created, with an {@link OptimException}.
 */
public sealed interface OptimizerSpec {

    /** The base learning rate α (lr0 of the schedule). */
    double learningRate();

    /** A fresh optimizer with these hyperparameters, using α_k = schedule(α, k). */
    Optimizer create(Schedule schedule);

    /** A fresh optimizer with a constant learning rate. */
    default Optimizer create() {
        return create(Schedule.constant());
    }

    /** Gradient descent. */
    static GradientDescent gradientDescent(double lr) {
        return new GradientDescent(lr);
    }

    /** Velocity-form momentum, β = 0.9. */
    static Momentum momentum(double lr) {
        return new Momentum(lr, 0.9, MomentumForm.VELOCITY);
    }

    /** PyTorch-form Nesterov momentum, β = 0.9. */
    static Nesterov nesterov(double lr) {
        return new Nesterov(lr, 0.9, NesterovForm.PYTORCH);
    }

    /** AdaGrad, ε = 1e-10. */
    static AdaGrad adaGrad(double lr) {
        return new AdaGrad(lr, 1e-10);
    }

    /** RMSProp, ρ = 0.99, ε = 1e-8. */
    static RmsProp rmsProp(double lr) {
        return new RmsProp(lr, 0.99, 1e-8);
    }

    /** Adam, β1 = 0.9, β2 = 0.999, ε = 1e-8. */
    static Adam adam(double lr) {
        return new Adam(lr, 0.9, 0.999, 1e-8, AdamVariant.ADAM, 0);
    }

    /** AMSGrad with Adam's defaults. */
    static Adam amsGrad(double lr) {
        return new Adam(lr, 0.9, 0.999, 1e-8, AdamVariant.AMSGRAD, 0);
    }

    /** AdamW with Adam's defaults and λ = 0.01. */
    static Adam adamW(double lr) {
        return new Adam(lr, 0.9, 0.999, 1e-8, AdamVariant.ADAMW, 0.01);
    }

    /** Adam with L2 decay λ added to the gradient, Adam's defaults otherwise. */
    static Adam adamL2(double lr, double weightDecay) {
        return new Adam(lr, 0.9, 0.999, 1e-8, AdamVariant.ADAM_L2, weightDecay);
    }

    /** Pure Newton steps (α = 1). */
    static Newton newton() {
        return new Newton(1);
    }

    /** L-BFGS with memory 10 and initial step 1. */
    static Lbfgs lbfgs() {
        return new Lbfgs(1, 10);
    }

    /** Gradient descent {@code x ← x − αg}. */
    record GradientDescent(double learningRate) implements OptimizerSpec {
        @Override
        public Optimizer create(Schedule schedule) {
            return new GradientDescentOptimizer(learningRate, schedule);
        }
    }

    /** Momentum with coefficient β in the given form (see {@link MomentumForm}). */
    record Momentum(double learningRate, double beta, MomentumForm form) implements OptimizerSpec {
        @Override
        public Optimizer create(Schedule schedule) {
            return new MomentumOptimizer(learningRate, beta, form, schedule);
        }
    }

    /** Nesterov momentum with coefficient β in the given form (see {@link NesterovForm}). */
    record Nesterov(double learningRate, double beta, NesterovForm form) implements OptimizerSpec {
        @Override
        public Optimizer create(Schedule schedule) {
            return new NesterovOptimizer(learningRate, beta, form, schedule);
        }
    }

    /** AdaGrad {@code G ← G + g², x ← x − αg/(√G + ε)}. */
    record AdaGrad(double learningRate, double epsilon) implements OptimizerSpec {
        @Override
        public Optimizer create(Schedule schedule) {
            return new AdaGradOptimizer(learningRate, epsilon, schedule);
        }
    }

    /** RMSProp {@code s ← ρs + (1−ρ)g², x ← x − αg/(√s + ε)}. */
    record RmsProp(double learningRate, double rho, double epsilon) implements OptimizerSpec {
        @Override
        public Optimizer create(Schedule schedule) {
            return new RmsPropOptimizer(learningRate, rho, epsilon, schedule);
        }
    }

    /**
     * A member of the Adam family (see {@link AdamVariant}); {@code weightDecay} is λ for AdamW and
     * Adam + L2 and must be 0 for Adam and AMSGrad.
     */
    record Adam(
            double learningRate, double beta1, double beta2, double epsilon, AdamVariant variant, double weightDecay)
            implements OptimizerSpec {
        @Override
        public Optimizer create(Schedule schedule) {
            return new AdamOptimizer(learningRate, beta1, beta2, epsilon, variant, weightDecay, schedule);
        }
    }

    /**
     * Newton's method {@code x ← x − αH⁻¹∇f}; α = 1 is the pure Newton step. H comes from the objective
     * when it is a {@code TwiceDifferentiableFunction}, otherwise from central differences of the gradient.
     */
    record Newton(double learningRate) implements OptimizerSpec {
        @Override
        public Optimizer create(Schedule schedule) {
            return new NewtonOptimizer(learningRate, schedule);
        }
    }

    /**
     * L-BFGS keeping {@code memory} curvature pairs (two-loop recursion, pairs with sᵀy ≤ 1e-10 skipped)
     * with a backtracking line search: the step starts at α_k (scaled by min(1, 1/‖∇f‖₁) while no pair is
     * stored) and is halved until the Armijo condition with c = 1e-4 holds.
     */
    record Lbfgs(double learningRate, int memory) implements OptimizerSpec {
        @Override
        public Optimizer create(Schedule schedule) {
            return new LbfgsOptimizer(learningRate, memory, schedule);
        }
    }
}
