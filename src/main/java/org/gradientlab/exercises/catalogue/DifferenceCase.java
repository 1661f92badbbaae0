package org.gradientlab.exercises.catalogue;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import org.gradientlab.engine.calculus.Derivatives;
import org.gradientlab.engine.calculus.FiniteDifference;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.Variables;

/**
 * One variant of the finite-differences exercise: f, the point x0 and the step h, with the engine's forward,
 * backward and central differences, the exact derivative (autodiff), and the central difference's error curve over
 * h = 10^(−k/8), k = 0 … 128 (1 down to 1e-16), whose empirical minimum is the best step.
 *
 * @param formula        f in the expression language, a function of x
 * @param x0             the point
 * @param h              the step of the first parts
 * @param value          f(x0)
 * @param exact          f'(x0)
 * @param forward        (f(x0 + h) − f(x0))/h
 * @param backward       (f(x0) − f(x0 − h))/h
 * @param central        (f(x0 + h) − f(x0 − h))/(2h)
 * @param steps          the h of the error curve, decreasing
 * @param centralErrors  |central(h) − f'(x0)| for each of {@code steps} (NaN where f is undefined at x0 ± h)
 * @param bestStep       the h with the smallest central error on the curve
 */
record DifferenceCase(
        String formula,
        double x0,
        double h,
        double value,
        double exact,
        double forward,
        double backward,
        double central,
        double[] steps,
        double[] centralErrors,
        double bestStep) {

    static final Variables X = Variables.of("x");
    private static final int POINTS_PER_DECADE = 8;
    private static final int DECADES = 16;

    static DifferenceCase of(String formula, double x0, double h) {
        Expression e = Expression.parse(formula, X);
        ToDoubleFunction<double[]> compiled = e.compile();
        DoubleUnaryOperator f = x -> compiled.applyAsDouble(new double[] {x});
        double exact = Derivatives.derivative(e.tree(), "x", x0);
        double[] steps = new double[POINTS_PER_DECADE * DECADES + 1];
        double[] errors = new double[steps.length];
        int best = -1;
        for (int k = 0; k < steps.length; k++) {
            steps[k] = Math.pow(10, -(double) k / POINTS_PER_DECADE);
            errors[k] = Math.abs(FiniteDifference.CENTRAL.derivative(f, x0, steps[k]) - exact);
            if (Double.isFinite(errors[k]) && (best < 0 || errors[k] < errors[best])) {
                best = k;
            }
        }
        return new DifferenceCase(
                formula,
                x0,
                h,
                f.applyAsDouble(x0),
                exact,
                FiniteDifference.FORWARD.derivative(f, x0, h),
                FiniteDifference.BACKWARD.derivative(f, x0, h),
                FiniteDifference.CENTRAL.derivative(f, x0, h),
                steps,
                errors,
                best < 0 ? Double.NaN : steps[best]);
    }

    /** f in LaTeX, as the engine prints it. */
    String latex() {
        return Expression.parse(formula, X).toLatex();
    }

    /** Whether every number the exercise asks for is finite. */
    boolean defined() {
        return List.of(value, exact, forward, backward, central, bestStep).stream()
                .allMatch(Double::isFinite);
    }
}
