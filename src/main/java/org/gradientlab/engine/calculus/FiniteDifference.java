package org.gradientlab.engine.calculus;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import org.gradientlab.engine.autodiff.CompiledFunction;
import org.gradientlab.engine.expr.Expr;
import org.gradientlab.engine.function.DifferentiableFunction;

/**
 * Finite-difference approximations of derivatives with a step h chosen by the caller:
 * forward {@code (f(x+h) - f(x))/h} and backward {@code (f(x) - f(x-h))/h} have error O(h);
 * central {@code (f(x+h) - f(x-h))/(2h)} has error O(h²). Round-off grows like ε·|f|/h, so a step that is too
 * small is worse, which the site shows with a table over h.
 */
public enum FiniteDifference {
    FORWARD(1, 0),
    BACKWARD(0, -1),
    CENTRAL(1, -1);

    /** The samples are f(x + upper·h) and f(x + lower·h). */
    private final int upper;

    private final int lower;

    FiniteDifference(int upper, int lower) {
        this.upper = upper;
        this.lower = lower;
    }

    /** The difference quotient of f at x with step h. */
    public double derivative(DoubleUnaryOperator f, double x, double h) {
        checkStep(h);
        return quotient(f.applyAsDouble(x + upper * h), f.applyAsDouble(x + lower * h), h);
    }

    private double quotient(double atUpper, double atLower, double h) {
        return (atUpper - atLower) / ((upper - lower) * h);
    }

    /** The gradient of f at x, one coordinate at a time with step h. */
    public double[] gradient(ToDoubleFunction<double[]> f, double[] x, double h) {
        checkStep(h);
        double[] point = x.clone();
        double[] gradient = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            point[i] = x[i] + upper * h;
            double atUpper = f.applyAsDouble(point);
            point[i] = x[i] + lower * h;
            double atLower = f.applyAsDouble(point);
            point[i] = x[i];
            gradient[i] = quotient(atUpper, atLower, h);
        }
        return gradient;
    }

    /** The Jacobian of the vector function (f1, …, fm) at x: row i is the gradient of fi. */
    public double[][] jacobian(List<? extends ToDoubleFunction<double[]>> components, double[] x, double h) {
        double[][] jacobian = new double[components.size()][];
        for (int i = 0; i < jacobian.length; i++) {
            jacobian[i] = gradient(components.get(i), x, h);
        }
        return jacobian;
    }

    /** The Jacobian of expressions (f1, …, fm) in the given variables at x; row i approximates ∇fi(x). */
    public double[][] jacobian(List<Expr> components, List<String> variables, double[] x, double h) {
        List<ToDoubleFunction<double[]>> functions = new ArrayList<>(components.size());
        for (Expr component : components) {
            functions.add(CompiledFunction.compile(component, variables)::value);
        }
        return jacobian(functions, x, h);
    }

    /** The slope of f at x along v, {@code d/dt f(x + t·v)} at t = 0 (v is not normalised). */
    public double directional(ToDoubleFunction<double[]> f, double[] x, double[] v, double h) {
        checkDimension(x.length, v.length);
        double[] point = new double[x.length];
        return derivative(
                t -> {
                    for (int i = 0; i < point.length; i++) {
                        point[i] = x[i] + t * v[i];
                    }
                    return f.applyAsDouble(point);
                },
                0.0,
                h);
    }

    /**
     * The Hessian of f at x by differences of its exact gradient: entry (i, j) is the difference quotient of
     * ∂f/∂xi along xj. It is symmetric only up to the difference error.
     */
    public double[][] hessian(DifferentiableFunction f, double[] x, double h) {
        checkStep(h);
        int n = f.dimension();
        checkDimension(n, x.length);
        double[] point = x.clone();
        double[] gradientUpper = new double[n];
        double[] gradientLower = new double[n];
        double[][] hessian = new double[n][n];
        for (int j = 0; j < n; j++) {
            point[j] = x[j] + upper * h;
            f.valueAndGradient(point, gradientUpper);
            point[j] = x[j] + lower * h;
            f.valueAndGradient(point, gradientLower);
            point[j] = x[j];
            for (int i = 0; i < n; i++) {
                hessian[i][j] = quotient(gradientUpper[i], gradientLower[i], h);
            }
        }
        return hessian;
    }

    private static void checkStep(double h) {
        if (!(h > 0.0) || h == Double.POSITIVE_INFINITY) {
            throw new CalculusException(CalculusException.Key.STEP_NOT_POSITIVE, h);
        }
    }

    static void checkDimension(int expected, int actual) {
        if (expected != actual) {
            throw new CalculusException(CalculusException.Key.WRONG_DIMENSION, expected, actual);
        }
    }
}
