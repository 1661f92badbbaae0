package org.gradientlab.engine.optim;

import java.util.Optional;
import org.gradientlab.engine.function.DifferentiableFunction;

/**
 * Gradient clipping by norm around another optimizer, as {@code torch.nn.utils.clip_grad_norm_}:
 * every gradient the inner optimizer asks for is scaled by min(1, c/(‖g‖ + 1e-6)), so its norm never
 * exceeds c. The inner optimizer sees the clipped gradient everywhere it evaluates the objective.
 */
final class ClippedOptimizer implements Optimizer {

    private final Optimizer inner;
    private final ClippedGradient view;

    ClippedOptimizer(Optimizer inner, double maxNorm) {
        if (!(Double.isFinite(maxNorm) && maxNorm > 0)) {
            throw new OptimException(OptimMessage.CLIP_NORM_INVALID, maxNorm);
        }
        this.inner = inner;
        this.view = new ClippedGradient(maxNorm);
    }

    @Override
    public double step(double[] x, DifferentiableFunction objective) {
        view.target = objective;
        return inner.step(x, view);
    }

    @Override
    public Optional<OptimizerState> state() {
        return inner.state();
    }

    /** The objective as the inner optimizer sees it; reused across updates so a step allocates nothing. */
    private static final class ClippedGradient implements DifferentiableFunction {

        private static final double TORCH_EPS = 1e-6;
        private final double maxNorm;
        private DifferentiableFunction target;

        ClippedGradient(double maxNorm) {
            this.maxNorm = maxNorm;
        }

        @Override
        public int dimension() {
            return target.dimension();
        }

        @Override
        public double value(double[] x) {
            return target.value(x);
        }

        @Override
        public double valueAndGradient(double[] x, double[] gradient) {
            double f = target.valueAndGradient(x, gradient);
            double squares = 0;
            for (double g : gradient) {
                squares += g * g;
            }
            double coefficient = maxNorm / (Math.sqrt(squares) + TORCH_EPS);
            if (coefficient < 1) {
                for (int i = 0; i < gradient.length; i++) {
                    gradient[i] *= coefficient;
                }
            }
            return f;
        }
    }
}
