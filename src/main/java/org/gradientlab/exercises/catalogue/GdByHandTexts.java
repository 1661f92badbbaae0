package org.gradientlab.exercises.catalogue;

import java.util.List;

/** The explanation, hints and worked solution of the gradient-descent-by-hand exercise, in Markdown with LaTeX. */
final class GdByHandTexts {

    private GdByHandTexts() {}

    private static String point(double[] p) {
        return "(" + NumberText.plain(p[0], 6) + ", " + NumberText.plain(p[1], 6) + ")";
    }

    static String explanation(GdByHandExercise.Bowl b) {
        return """
                Gradient descent improves a guess $x_k$ by stepping against the gradient, the direction in which \
                $f$ falls fastest:

                $$x_{k+1} = x_k - \\alpha\\, \\nabla f(x_k),$$

                where the learning rate $\\alpha > 0$ sets the step length. Each update needs the gradient at the \
                *current* point, so compute it afresh after every step.

                Here $f(x_1, x_2) = %s$, a round bowl with its minimum at $(%s, %s)$. Start at \
                $x_0 = %s$ with $\\alpha = %s$.

                On this bowl $\\nabla f(x) = 2\\,(x - c)$ with $c$ the centre, so each update multiplies the \
                distance to the centre by $1 - 2\\alpha$: the iterates move straight towards the minimum, and \
                $\\alpha = 1/2$ would land on it in one step.
                """.formatted(
                        b.latex(),
                        NumberText.plain(b.centre()[0]),
                        NumberText.plain(b.centre()[1]),
                        point(b.start()),
                        NumberText.plain(b.alpha()));
    }

    static List<String> hints(GdByHandExercise.Bowl b) {
        return List.of(
                "Differentiate each square: $\\partial f/\\partial x_1 = 2(x_1 - " + NumberText.plain(b.centre()[0])
                        + ")$, and likewise for $x_2$.",
                "At $x_0 = " + point(b.start()) + "$ the gradient is $" + point(b.gradient()) + "$. Multiply by "
                        + "$\\alpha$ and subtract it from $x_0$.",
                "For the second update, compute the gradient again at $x_1$, not at $x_0$.");
    }

    static String solution(GdByHandExercise.Bowl b) {
        double[][] x = b.path();
        double[] g1 = b.gradients()[1];
        return """
                $\\nabla f(x) = \\big(2(x_1 - c_1),\\ 2(x_2 - c_2)\\big)$ with $c = (%s, %s)$.

                1. $\\nabla f(x_0) = %s$, so $x_1 = %s - %s \\cdot %s = %s$.
                2. $\\nabla f(x_1) = %s$, so $x_2 = %s - %s \\cdot %s = %s$.

                The distance to the centre shrinks by the factor $1 - 2\\alpha = %s$ per update; the engine's run \
                gives the same points.
                """.formatted(
                        NumberText.plain(b.centre()[0]),
                        NumberText.plain(b.centre()[1]),
                        point(b.gradient()),
                        point(x[0]),
                        NumberText.plain(b.alpha()),
                        point(b.gradient()),
                        point(x[1]),
                        point(g1),
                        point(x[1]),
                        NumberText.plain(b.alpha()),
                        point(g1),
                        point(x[2]),
                        NumberText.plain(1 - 2 * b.alpha()));
    }
}
