package org.gradientlab.exercises;

import java.util.List;
import org.gradientlab.engine.optim.OptimizerSpec;

/**
 * Optimizer settings judged by running the engine with them (DESIGN §4, adam-vs-gd): the answer gives the
 * learning rate {@code lr} and the number of {@code steps} to run; it is right when the engine's run from
 * {@code start} on the landscape reaches f &lt; {@code target} within those steps, and the steps are within the
 * {@code budget}.
 *
 * @param landscape the engine landscape's id (e.g. {@code rosenbrock})
 * @param start     the start point
 * @param method    the optimizer, with the engine's (PyTorch's) defaults for everything but the learning rate
 * @param target    the loss to get below
 * @param budget    the most steps allowed
 */
public record RunCheck(String landscape, List<Double> start, Method method, double target, int budget)
        implements Check {

    /** The setting keys of the answer. */
    public static final List<String> KEYS = List.of("lr", "steps");

    /** The optimizers a run check can use. */
    public enum Method {
        GRADIENT_DESCENT("gradient descent"),
        ADAM("Adam");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        /** The name shown in messages. */
        public String label() {
            return label;
        }

        /** The engine's optimizer with this learning rate. */
        public OptimizerSpec spec(double lr) {
            return switch (this) {
                case GRADIENT_DESCENT -> OptimizerSpec.gradientDescent(lr);
                case ADAM -> OptimizerSpec.adam(lr);
            };
        }
    }

    public RunCheck {
        start = List.copyOf(start);
        if (budget < 1) {
            throw new IllegalArgumentException("the step budget must be positive");
        }
    }

    @Override
    public AnswerType answerType() {
        return AnswerType.SETTINGS;
    }
}
