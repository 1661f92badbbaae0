package org.gradientlab.engine.function;

/**
 * A scalar function f: R^n → R that also knows its Hessian ∇²f(x), the n×n matrix of second partial
 * derivatives ∂²f/∂x_i∂x_j. Newton's method needs it; the landscapes provide it in closed form.
 */
public interface TwiceDifferentiableFunction extends DifferentiableFunction {

    /**
     * Writes ∇²f(x) into {@code hessian} (n rows of length n, overwritten, not accumulated).
     */
    void hessian(double[] x, double[][] hessian);
}
