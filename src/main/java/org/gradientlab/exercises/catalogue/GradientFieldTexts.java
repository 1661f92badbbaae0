package org.gradientlab.exercises.catalogue;

import java.util.List;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.Variables;

/** The explanation, hints and worked solution of the gradient-field exercise, in Markdown with LaTeX. */
final class GradientFieldTexts {

    private GradientFieldTexts() {}

    static String explanation(String latex, String point) {
        return """
                The **gradient** of $f(x_1, x_2)$ collects its partial derivatives into a vector,

                $$\\nabla f = \\begin{pmatrix} \\partial f/\\partial x_1 \\\\ \\partial f/\\partial x_2 \
                \\end{pmatrix},$$

                and attaching it to every point of the plane gives a vector field. Each arrow is perpendicular to \
                the contour line through its foot, points in the direction in which $f$ increases fastest, and \
                its length $\\lVert \\nabla f \\rVert$ is that fastest rate of increase. Its opposite $-\\nabla f$ \
                is the direction of **steepest descent**, the one gradient descent follows.

                Here $f(x_1, x_2) = %s$; the point is $%s$. On the chart, compare the arrow at that point with \
                your answer.
                """.formatted(latex, point);
    }

    static List<String> hints(String latex) {
        return List.of(
                "Differentiate $" + latex + "$ with respect to $x_1$, treating $x_2$ as a constant; then the other "
                        + "way round.",
                "Put the point's coordinates into both partial derivatives.",
                "Steepest descent is the gradient with every entry negated.");
    }

    static String solution(String function, String latex, String point, double[] g) {
        Variables xs = new Variables(GradientFieldExercise.VARIABLES);
        Expression f = Expression.parse(function, xs);
        return """
                $\\dfrac{\\partial f}{\\partial x_1} = %s$ and $\\dfrac{\\partial f}{\\partial x_2} = %s$ for \
                $f = %s$, so at $%s$

                $$\\nabla f = \\begin{pmatrix} %s \\\\ %s \\end{pmatrix}, \\qquad -\\nabla f = \
                \\begin{pmatrix} %s \\\\ %s \\end{pmatrix}.$$

                The descent direction has length $\\lVert \\nabla f \\rVert = %s$: near the point, $f$ falls by \
                about that much per unit step along it.
                """.formatted(
                        f.derivative("x1").toLatex(),
                        f.derivative("x2").toLatex(),
                        latex,
                        point,
                        NumberText.latex(g[0]),
                        NumberText.latex(g[1]),
                        NumberText.latex(-g[0]),
                        NumberText.latex(-g[1]),
                        NumberText.plain(Math.hypot(g[0], g[1]), 4));
    }
}
