package org.gradientlab.exercises;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gradientlab.engine.optim.AdamVariant;
import org.gradientlab.engine.optim.MomentumForm;
import org.gradientlab.engine.optim.OptimizerSpec;

/**
 * An optimizer whose update rule a student writes out, with the names the rule uses: the hyperparameters, the
 * state carried from step to step (starting at 0), and the per-step quantities derived from it. Every name is a
 * variable of the update-rule template; {@code x} (the point), {@code g} (the gradient at x) and {@code t} (the
 * update count, 1 for the first update) are always available. {@link #spec} is the engine's optimizer that the
 * student's rule is compared with.
 */
public enum OptimizerRule {
    /** Gradient descent {@code x ← x − αg}. */
    GRADIENT_DESCENT("gradient-descent", "gradient descent", List.of("lr"), List.of(), List.of()),
    /** Velocity-form momentum {@code v ← βv − αg, x ← x + v}. */
    MOMENTUM_VELOCITY("momentum-velocity", "momentum (velocity form)", List.of("lr", "beta"), List.of("v"), List.of()),
    /** Heavy-ball momentum {@code v ← βv + g, x ← x − αv}, PyTorch's {@code SGD(momentum=β)}. */
    MOMENTUM_HEAVY_BALL(
            "momentum-heavy-ball", "momentum (heavy-ball form)", List.of("lr", "beta"), List.of("v"), List.of()),
    /** EMA momentum {@code v ← βv + (1−β)g, x ← x − αv}. */
    MOMENTUM_EMA("momentum-ema", "momentum (EMA form)", List.of("lr", "beta"), List.of("v"), List.of()),
    /** AdaGrad {@code G ← G + g², x ← x − αg/(√G + ε)}. */
    ADAGRAD("adagrad", "AdaGrad", List.of("lr", "eps"), List.of("G"), List.of()),
    /** RMSProp {@code s ← ρs + (1−ρ)g², x ← x − αg/(√s + ε)}. */
    RMSPROP("rmsprop", "RMSProp", List.of("lr", "rho", "eps"), List.of("s"), List.of()),
    /** Adam with bias correction and ε outside the root, as {@code torch.optim.Adam}. */
    ADAM("adam", "Adam", List.of("lr", "beta1", "beta2", "eps"), List.of("m", "v"), List.of("mhat", "vhat")),
    /** AdamW: Adam plus decoupled decay {@code x ← x − α(m̂/(√v̂ + ε) + λx)}, as {@code torch.optim.AdamW}. */
    ADAMW("adamw", "AdamW", List.of("lr", "beta1", "beta2", "eps", "wd"), List.of("m", "v"), List.of("mhat", "vhat")),
    /** Adam with L2 decay inside the gradient {@code g ← g + λx}, as {@code torch.optim.Adam(weight_decay=λ)}. */
    ADAM_L2(
            "adam-l2",
            "Adam with L2 decay",
            List.of("lr", "beta1", "beta2", "eps", "wd"),
            List.of("m", "v"),
            List.of("mhat", "vhat"));

    private final String id;
    private final String displayName;
    private final List<String> hyperparameters;
    private final List<String> state;
    private final List<String> derived;

    OptimizerRule(
            String id, String displayName, List<String> hyperparameters, List<String> state, List<String> derived) {
        this.id = id;
        this.displayName = displayName;
        this.hyperparameters = hyperparameters;
        this.state = state;
        this.derived = derived;
    }

    /** Stable kebab-case id. */
    public String id() {
        return id;
    }

    /** The name shown to students ("Adam", "momentum (velocity form)"). */
    public String displayName() {
        return displayName;
    }

    /** The hyperparameter names, each a constant of the rule ({@code lr} is the learning rate α). */
    public List<String> hyperparameters() {
        return hyperparameters;
    }

    /** The state carried from one update to the next, each starting at 0, in update order. */
    public List<String> state() {
        return state;
    }

    /** Quantities recomputed from the state at every update ({@code mhat}, {@code vhat}), in update order. */
    public List<String> derived() {
        return derived;
    }

    /** Every name the template shows on the left of an assignment, in update order, ending with x. */
    public List<String> templateTargets() {
        List<String> names = new ArrayList<>(state);
        names.addAll(derived);
        names.add("x");
        return names;
    }

    /**
     * The engine's optimizer with these hyperparameter values (a constant learning rate).
     *
     * @throws IllegalArgumentException if a hyperparameter of this rule has no value
     */
    public OptimizerSpec spec(Map<String, Double> values) {
        double lr = value(values, "lr");
        return switch (this) {
            case GRADIENT_DESCENT -> new OptimizerSpec.GradientDescent(lr);
            case MOMENTUM_VELOCITY -> new OptimizerSpec.Momentum(lr, value(values, "beta"), MomentumForm.VELOCITY);
            case MOMENTUM_HEAVY_BALL -> new OptimizerSpec.Momentum(lr, value(values, "beta"), MomentumForm.HEAVY_BALL);
            case MOMENTUM_EMA -> new OptimizerSpec.Momentum(lr, value(values, "beta"), MomentumForm.EMA);
            case ADAGRAD -> new OptimizerSpec.AdaGrad(lr, value(values, "eps"));
            case RMSPROP -> new OptimizerSpec.RmsProp(lr, value(values, "rho"), value(values, "eps"));
            case ADAM -> adam(values, AdamVariant.ADAM, 0);
            case ADAMW -> adam(values, AdamVariant.ADAMW, value(values, "wd"));
            case ADAM_L2 -> adam(values, AdamVariant.ADAM_L2, value(values, "wd"));
        };
    }

    private static OptimizerSpec adam(Map<String, Double> values, AdamVariant variant, double weightDecay) {
        return new OptimizerSpec.Adam(
                value(values, "lr"),
                value(values, "beta1"),
                value(values, "beta2"),
                value(values, "eps"),
                variant,
                weightDecay);
    }

    private static double value(Map<String, Double> values, String name) {
        Double v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no value for the hyperparameter " + name);
        }
        return v;
    }
}
