package org.gradientlab.exercises.catalogue;

import java.util.List;
import java.util.Optional;

/**
 * One output f_i(x1, x2) of the Jacobian exercise with its two partial derivatives, typed as a person would.
 *
 * @param function  f_i in the engine's syntax
 * @param latex     f_i in LaTeX
 * @param byX1      ∂f_i/∂x1
 * @param byX2      ∂f_i/∂x2
 * @param needsNonzeroX2 whether f_i is undefined where x2 = 0 (so the point must avoid it)
 */
record JacobianComponent(String function, String latex, String byX1, String byX2, boolean needsNonzeroX2) {

    /** The pool variants draw from; the course material's three components come first. */
    static final List<JacobianComponent> POOL = List.of(
            new JacobianComponent("x1^2", "x_1^2", "2*x1", "0", false),
            new JacobianComponent("x1*x2", "x_1 x_2", "x2", "x1", false),
            new JacobianComponent("sin(x2)", "\\sin x_2", "0", "cos(x2)", false),
            new JacobianComponent("x2^2", "x_2^2", "0", "2*x2", false),
            new JacobianComponent("cos(x1)", "\\cos x_1", "-sin(x1)", "0", false),
            new JacobianComponent("exp(x1*x2)", "e^{x_1 x_2}", "x2*exp(x1*x2)", "x1*exp(x1*x2)", false),
            new JacobianComponent("x1^2*x2", "x_1^2 x_2", "2*x1*x2", "x1^2", false),
            new JacobianComponent("x1 + 3*x2", "x_1 + 3x_2", "1", "3", false),
            new JacobianComponent("sin(x1*x2)", "\\sin(x_1 x_2)", "x2*cos(x1*x2)", "x1*cos(x1*x2)", false),
            new JacobianComponent("x1/x2", "\\frac{x_1}{x_2}", "1/x2", "-x1/x2^2", true),
            new JacobianComponent("x1^3", "x_1^3", "3*x1^2", "0", false),
            new JacobianComponent("x2*exp(x1)", "x_2 e^{x_1}", "x2*exp(x1)", "exp(x1)", false),
            new JacobianComponent(
                    "ln(x1^2 + x2^2)", "\\ln(x_1^2 + x_2^2)", "2*x1/(x1^2 + x2^2)", "2*x2/(x1^2 + x2^2)", true));

    /** The pool component with this formula (spaces ignored). */
    static Optional<JacobianComponent> byFunction(String function) {
        String key = function.replace(" ", "");
        return POOL.stream()
                .filter(c -> c.function().replace(" ", "").equals(key))
                .findFirst();
    }
}
