package org.gradientlab.exercises.catalogue;

import java.util.List;
import java.util.OptionalDouble;
import org.gradientlab.engine.optim.OptimizerSpec;
import org.gradientlab.engine.optim.RunResult;
import org.gradientlab.engine.optim.Runner;
import org.gradientlab.engine.optim.StopRule;

/** The explanation, hints and worked solution of the critical-learning-rate exercise, in Markdown with LaTeX. */
final class CriticalLrTexts {

    private CriticalLrTexts() {}

    private static String hessianLatex(Quadratic q) {
        double[][] h = q.hessian();
        return "\\begin{pmatrix} " + NumberText.latex(h[0][0]) + " & " + NumberText.latex(h[0][1]) + " \\\\ "
                + NumberText.latex(h[1][0]) + " & " + NumberText.latex(h[1][1]) + " \\end{pmatrix}";
    }

    private static String point(double[] p) {
        return "(" + ParameterValues.text(p[0]) + ", " + ParameterValues.text(p[1]) + ")";
    }

    static String explanation(Quadratic q, double[] start) {
        return """
                On a quadratic $f(x) = \\tfrac12 x^\\top H x$ the gradient is $Hx$, so one step of gradient \
                descent is $x \\leftarrow (I - \\alpha H)\\,x$. Write $x$ in the eigenvectors $v_k$ of the Hessian \
                $H$: along $v_k$ (eigenvalue $\\lambda_k > 0$) each step multiplies the component by \
                $1 - \\alpha\\lambda_k$. Gradient descent therefore converges from every start exactly when \
                $|1 - \\alpha\\lambda_k| < 1$ for every $k$:

                $$0 < \\alpha < \\alpha^* = \\frac{2}{\\lambda_{\\max}}.$$

                The stiffest direction (largest eigenvalue) sets the limit. At $\\alpha = 2/\\lambda_{\\max}$ its \
                component flips sign without shrinking, so the iterates oscillate forever; above it they grow. \
                Two other step sizes are often confused with the threshold: $1/\\lambda_{\\max}$ removes the stiff \
                component in one step (the largest step that does not oscillate there), and \
                $2/(\\lambda_{\\min} + \\lambda_{\\max})$ gives the best worst-case contraction. Neither is the \
                divergence threshold: some course notes call $1/\\lambda_{\\max}$ the critical rate, which is off \
                by a factor of two.

                The bound only shows from a start with a component along the stiffest eigenvector; a start exactly \
                on the flat eigenvector never diverges in the stiff direction. This exercise's runs start at \
                $%s$, which has a clear component along both.

                Here $f(x_1, x_2) = %s$.
                """.formatted(point(start), q.latex());
    }

    static List<String> hints(Quadratic q) {
        return List.of(
                "The Hessian holds the second derivatives: for $a x_1^2 + b x_1 x_2 + c x_2^2$ it is "
                        + "$\\begin{pmatrix} 2a & b \\\\ b & 2c \\end{pmatrix}$.",
                q.b() == 0
                        ? "This Hessian is diagonal, so its eigenvalues are its diagonal entries."
                        : "Solve $\\det(H - \\lambda I) = 0$: $\\lambda^2 - (\\operatorname{tr} H)\\,\\lambda + "
                                + "\\det H = 0$.",
                "Only the largest eigenvalue matters for the threshold: $\\alpha^* = 2/\\lambda_{\\max}$.");
    }

    static String solution(Quadratic q, double[] start) {
        double[] l = q.eigenvalues();
        double threshold = q.threshold();
        RunResult above = Runner.run(
                OptimizerSpec.gradientDescent(1.02 * threshold).create(),
                Formulas.compile(q.formula(), Quadratic.VARIABLES),
                start,
                StopRule.steps(CriticalLrExercise.BUDGET),
                OptionalDouble.of(0));
        return """
                $H = \\nabla^2 f = %s$, with eigenvalues $\\lambda_{\\min} = %s$ and $\\lambda_{\\max} = %s$.

                The divergence threshold is $\\alpha^* = 2/\\lambda_{\\max} = %s$. Along the stiffest eigenvector \
                the factor per step is $1 - \\alpha\\lambda_{\\max}$, which is $-0.96$ at $0.98\\,\\alpha^*$ \
                (slow, alternating convergence) and $-1.04$ at $1.02\\,\\alpha^*$ (growth). The engine's runs from \
                $%s$ agree: gradient descent converges at $0.98\\,\\alpha^*$ and diverges at $1.02\\,\\alpha^*$ \
                (detected after %d steps).

                At $\\alpha = 1/\\lambda_{\\max} = %s$ the stiff component vanishes after one step and the run \
                converges: that is the fastest step without oscillation, half the threshold.
                """.formatted(
                        hessianLatex(q),
                        NumberText.latex(l[0]),
                        NumberText.latex(l[1]),
                        NumberText.latex(threshold),
                        point(start),
                        above.step(),
                        NumberText.latex(q.fastestNonOscillating()));
    }
}
