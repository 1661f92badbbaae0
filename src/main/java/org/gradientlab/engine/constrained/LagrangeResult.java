package org.gradientlab.engine.constrained;

import java.util.List;

/** The outcome of {@link LagrangeMultipliers#solve}: the stationary point, or why there is none. */
public sealed interface LagrangeResult {

    /**
     * The stationary point of L(x, λ) = f(x) + λᵀ·g(x): x* with its multipliers λ*, f(x*), ∇f(x*) and
     * the constraint gradients ∇gᵢ (the rows of A). At x* the gradients are parallel:
     * ∇f(x*) = −Σ λᵢ·∇gᵢ.
     */
    record Solution(
            double[] x,
            double[] lambda,
            double value,
            double[] gradientF,
            double[][] constraintGradients,
            StationaryPointKind kind)
            implements LagrangeResult {

        public Solution {
            x = x.clone();
            lambda = lambda.clone();
            gradientF = gradientF.clone();
            constraintGradients = EqualityConstrainedQuadratic.copy(constraintGradients);
        }

        @Override
        public double[] x() {
            return x.clone();
        }

        @Override
        public double[] lambda() {
            return lambda.clone();
        }

        @Override
        public double[] gradientF() {
            return gradientF.clone();
        }

        @Override
        public double[][] constraintGradients() {
            return EqualityConstrainedQuadratic.copy(constraintGradients);
        }

        /** ∇ₓL = ∇f + Σ λᵢ·∇gᵢ at x*, zero up to round-off. */
        public double[] lagrangianGradient() {
            double[] g = gradientF.clone();
            for (int r = 0; r < lambda.length; r++) {
                for (int j = 0; j < g.length; j++) {
                    g[j] += lambda[r] * constraintGradients[r][j];
                }
            }
            return g;
        }
    }

    /** No unique stationary point, or a malformed problem: a key, its arguments and English text. */
    record Failure(ConstrainedMessage key, List<Object> arguments, String message) implements LagrangeResult {

        static Failure of(ConstrainedMessage key, Object... arguments) {
            return new Failure(key, List.of(arguments), key.format(arguments));
        }
    }
}
