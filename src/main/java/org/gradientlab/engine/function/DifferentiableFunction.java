package org.gradientlab.engine.function;

/**
 * A scalar function f: R^n → R with its gradient. Implementations include the compiled form of a
 * typed expression, the catalogue's landscapes and the learning problems' losses.
 */
public interface DifferentiableFunction {

    /** The number of variables n. */
    int dimension();

    /** f(x). */
    double value(double[] x);

    /**
     * Computes f(x) and writes ∇f(x) into {@code gradient} (length n, overwritten, not accumulated).
     *
     * @return f(x)
     */
    double valueAndGradient(double[] x, double[] gradient);
}
