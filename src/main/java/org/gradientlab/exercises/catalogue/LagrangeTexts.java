package org.gradientlab.exercises.catalogue;

import java.util.List;
import org.gradientlab.engine.constrained.LagrangeResult;

/** The explanation, hints and worked solution of the Lagrange exercise, in Markdown with LaTeX. */
final class LagrangeTexts {

    private LagrangeTexts() {}

    /** f in LaTeX, e.g. {@code x^2 + y^2}, {@code 2x^2 + 3y^2}. */
    static String objective(LagrangeExercise.Problem p) {
        return weighted(p.p(), "x^2") + " + " + weighted(p.q(), "y^2");
    }

    /** The constraint in LaTeX, e.g. {@code x + y = 1}, {@code 2x - y = 3}. */
    static String line(LagrangeExercise.Problem p) {
        return linear(p.u(), p.v()) + " = " + NumberText.latex(p.w());
    }

    /** g in LaTeX, e.g. {@code x + y - 1}. */
    static String g(LagrangeExercise.Problem p) {
        String w = NumberText.latex(Math.abs(p.w()));
        return linear(p.u(), p.v()) + (p.w() > 0 ? " - " : " + ") + w;
    }

    private static String weighted(double c, String term) {
        return (c == 1 ? "" : NumberText.latex(c)) + term;
    }

    private static String linear(double u, double v) {
        String x = u == 0 ? "" : (u == 1 ? "" : u == -1 ? "-" : NumberText.latex(u)) + "x";
        if (v == 0) {
            return x;
        }
        String y = (Math.abs(v) == 1 ? "" : NumberText.latex(Math.abs(v))) + "y";
        if (x.isEmpty()) {
            return (v < 0 ? "-" : "") + y;
        }
        return x + (v < 0 ? " - " : " + ") + y;
    }

    static String explanation(LagrangeExercise.Problem p) {
        return """
                To minimise $f(x, y)$ while staying on a curve $g(x, y) = 0$, look at the level sets of $f$: at the \
                constrained minimum the level set of $f$ just touches the constraint, so the two gradients are \
                parallel. Lagrange's method writes this as one equation with an unknown multiplier $\\lambda$.

                **Convention used on this page:** $L(x, y, \\lambda) = f(x, y) + \\lambda\\, g(x, y)$. Setting \
                every partial derivative of $L$ to zero gives

                $$\\nabla f + \\lambda \\nabla g = 0, \\qquad g(x, y) = 0,$$

                so $\\nabla f = -\\lambda \\nabla g$ at the optimum. (Some texts write $L = f - \\lambda g$; their \
                $\\lambda$ is the negative of ours, and the point $(x^*, y^*)$ is the same.) The multiplier has a \
                meaning of its own: $-\\lambda^*$ is how fast the minimum value grows as the constraint's \
                right-hand side grows.

                Here: minimise $f(x, y) = %s$ subject to $%s$, that is $g(x, y) = %s = 0$.
                """.formatted(objective(p), line(p), g(p));
    }

    static List<String> hints(LagrangeExercise.Problem p) {
        return List.of(
                "Write $L(x, y, \\lambda) = " + objective(p) + " + \\lambda\\,(" + g(p) + ")$.",
                "Set $\\partial L/\\partial x = 0$ and $\\partial L/\\partial y = 0$: each gives one coordinate in "
                        + "terms of $\\lambda$.",
                "Put both into the constraint $" + line(p) + "$ and solve for $\\lambda$. Check the sign: "
                        + "$\\nabla f = -\\lambda \\nabla g$ at the optimum.");
    }

    static String solution(LagrangeExercise.Problem p, LagrangeResult.Solution s) {
        double x = s.x()[0];
        double y = s.x()[1];
        double lambda = s.lambda()[0];
        return """
                $L = %s + \\lambda\\,(%s)$. Its partial derivatives:

                $$\\frac{\\partial L}{\\partial x} = %s x + %s\\lambda = 0 \\;\\Rightarrow\\; x = %s\\,\\lambda, \
                \\qquad \\frac{\\partial L}{\\partial y} = %s y + %s\\lambda = 0 \\;\\Rightarrow\\; y = %s\\,\\lambda.$$

                Substituting into $%s$ gives $\\lambda^* = %s$, hence $x^* = %s$ and $y^* = %s$, with \
                $f(x^*, y^*) = %s$.

                Check: $\\nabla f(x^*, y^*) = (%s, %s)$ and $\\nabla g = (%s, %s)$, so \
                $\\nabla f = -\\lambda^* \\nabla g$ as the convention $L = f + \\lambda g$ requires.
                """.formatted(
                        objective(p),
                        g(p),
                        NumberText.latex(2 * p.p()),
                        paren(p.u()),
                        NumberText.latex(-p.u() / (2 * p.p())),
                        NumberText.latex(2 * p.q()),
                        paren(p.v()),
                        NumberText.latex(-p.v() / (2 * p.q())),
                        line(p),
                        NumberText.latex(lambda),
                        NumberText.latex(x),
                        NumberText.latex(y),
                        NumberText.latex(s.value()),
                        NumberText.latex(s.gradientF()[0]),
                        NumberText.latex(s.gradientF()[1]),
                        NumberText.latex(p.u()),
                        NumberText.latex(p.v()));
    }

    private static String paren(double c) {
        return c < 0 ? "(" + NumberText.latex(c) + ")" : NumberText.latex(c);
    }
}
