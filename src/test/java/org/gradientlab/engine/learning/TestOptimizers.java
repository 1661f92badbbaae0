package org.gradientlab.engine.learning;

import org.gradientlab.engine.optim.Optimizer;

/** Plain gradient descent x ← x − α·∇f(x), written out here as the tests' independent baseline. */
final class TestOptimizers {

    private TestOptimizers() {}

    static Optimizer gradientDescent(double learningRate) {
        return (x, f) -> {
            double[] g = new double[x.length];
            double value = f.valueAndGradient(x, g);
            for (int i = 0; i < x.length; i++) {
                x[i] = x[i] - learningRate * g[i];
            }
            return value;
        };
    }
}
