package org.gradientlab.engine.calculus;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.engine.autodiff.CompiledFunction;
import org.gradientlab.engine.expr.Expr;
import org.gradientlab.engine.function.DifferentiableFunction;

/**
 * Exact derivatives by automatic differentiation (no step size, no truncation error): the derivative f'(x),
 * the gradient ∇f(x), the Jacobian J(x) of a vector function (row i = ∇fi), the Hessian ∇²f(x) and the
 * directional derivative ∇f(x)·v. Compare with {@link FiniteDifference} for the approximations.
 */
public final class Derivatives {

    private Derivatives() {}

    /** f'(x) for an expression in one variable. */
    public static double derivative(Expr f, String variable, double x) {
        return gradient(f, List.of(variable), new double[] {x})[0];
    }

    /** ∇f(x). */
    public static double[] gradient(DifferentiableFunction f, double[] x) {
        FiniteDifference.checkDimension(f.dimension(), x.length);
        double[] gradient = new double[x.length];
        f.valueAndGradient(x, gradient);
        return gradient;
    }

    /** ∇f(x) for an expression in the given variables (x[i] is the value of variables[i]). */
    public static double[] gradient(Expr f, List<String> variables, double[] x) {
        return gradient(CompiledFunction.compile(f, variables), x);
    }

    /** The Jacobian of (f1, …, fm) at x: an m×n matrix whose row i is ∇fi(x). */
    public static double[][] jacobian(List<? extends DifferentiableFunction> components, double[] x) {
        double[][] jacobian = new double[components.size()][];
        for (int i = 0; i < jacobian.length; i++) {
            jacobian[i] = gradient(components.get(i), x);
        }
        return jacobian;
    }

    /** The Jacobian of expressions (f1, …, fm) in the given variables at x; row i is ∇fi(x). */
    public static double[][] jacobian(List<Expr> components, List<String> variables, double[] x) {
        List<CompiledFunction> compiled = new ArrayList<>(components.size());
        for (Expr component : components) {
            compiled.add(CompiledFunction.compile(component, variables));
        }
        return jacobian(compiled, x);
    }

    /** ∇²f(x), entry (i, j) = ∂²f/∂xi∂xj, by forward-over-reverse differentiation. */
    public static double[][] hessian(CompiledFunction f, double[] x) {
        FiniteDifference.checkDimension(f.dimension(), x.length);
        double[][] hessian = new double[x.length][x.length];
        f.hessian(x, hessian);
        return hessian;
    }

    /** ∇²f(x) for an expression in the given variables. */
    public static double[][] hessian(Expr f, List<String> variables, double[] x) {
        return hessian(CompiledFunction.compile(f, variables), x);
    }

    /**
     * The directional derivative ∇f(x)·v: the slope of f along v, per unit of t in x + t·v. Pass a unit
     * vector for the slope per unit distance.
     */
    public static double directional(DifferentiableFunction f, double[] x, double[] v) {
        FiniteDifference.checkDimension(x.length, v.length);
        double[] gradient = gradient(f, x);
        double sum = 0.0;
        for (int i = 0; i < v.length; i++) {
            sum += gradient[i] * v[i];
        }
        return sum;
    }
}
