package org.gradientlab.exercises.catalogue;

import java.util.List;

/** The explanation, hints and worked solution of the gradient-identities exercise, in Markdown with LaTeX. */
final class GradientIdentitiesTexts {

    private GradientIdentitiesTexts() {}

    /** A vector as a LaTeX tuple, e.g. {@code (1, -2, \frac{1}{2})}. */
    static String vector(double[] v) {
        return "(" + NumberText.latex(v[0]) + ", " + NumberText.latex(v[1]) + ", " + NumberText.latex(v[2]) + ")";
    }

    private static String column(double[] v) {
        return "\\begin{pmatrix} " + NumberText.latex(v[0]) + " \\\\ " + NumberText.latex(v[1]) + " \\\\ "
                + NumberText.latex(v[2]) + " \\end{pmatrix}";
    }

    private static String matrix(double[][] m) {
        StringBuilder out = new StringBuilder("\\begin{pmatrix} ");
        for (int i = 0; i < 3; i++) {
            out.append(NumberText.latex(m[i][0]))
                    .append(" & ")
                    .append(NumberText.latex(m[i][1]))
                    .append(" & ")
                    .append(NumberText.latex(m[i][2]))
                    .append(i < 2 ? " \\\\ " : " \\end{pmatrix}");
        }
        return out.toString();
    }

    static String explanation(GradientIdentitiesExercise.Identities id) {
        return """
                Three gradients come up again and again in optimisation. Write each function as a sum over \
                coordinates and differentiate with respect to one coordinate $x_k$:

                - $a^\\top x = \\sum_i a_i x_i$, so $\\partial/\\partial x_k = a_k$ and $\\nabla(a^\\top x) = a$.
                - $x^\\top x = \\sum_i x_i^2$, so $\\partial/\\partial x_k = 2x_k$ and $\\nabla(x^\\top x) = 2x$.
                - $x^\\top A x = \\sum_{i,j} A_{ij} x_i x_j$. The variable $x_k$ appears as $x_i$ (giving \
                $\\sum_j A_{kj} x_j = (Ax)_k$) and as $x_j$ (giving $\\sum_i A_{ik} x_i = (A^\\top x)_k$), so \
                $\\nabla(x^\\top A x) = (A + A^\\top)\\,x$.

                The familiar $2Ax$ is the special case of a **symmetric** $A$. For a general $A$ only \
                $(A + A^\\top)x$ is right; the quadratic form only sees the symmetric part $\\tfrac12(A + A^\\top)$.

                Here $x = %s$, $a = %s$ and $A = %s$%s.
                """.formatted(
                        vector(id.x()),
                        vector(id.a()),
                        matrix(id.m()),
                        id.symmetric() ? " (symmetric)" : ", which is **not** symmetric");
    }

    static List<String> hints(GradientIdentitiesExercise.Identities id) {
        return List.of(
                "The gradient of a linear function $a^\\top x$ does not depend on $x$ at all.",
                "$x^\\top x = x_1^2 + x_2^2 + x_3^2$: differentiate each square.",
                id.symmetric()
                        ? "$A$ is symmetric, so $(A + A^\\top)x = 2Ax$: multiply $A$ by $x$ and double."
                        : "$A$ is not symmetric: compute $Ax$ and $A^\\top x$ separately and add them.");
    }

    static String solution(GradientIdentitiesExercise.Identities id) {
        double[][] g = id.gradients();
        return """
                $$\\nabla(a^\\top x) = a = %s, \\qquad \\nabla(x^\\top x) = 2x = %s,$$

                $$\\nabla(x^\\top A x) = (A + A^\\top)\\,x = %s + %s = %s.$$
                """.formatted(column(g[0]), column(g[1]), column(id.times(false)), column(id.times(true)), column(g[2]));
    }
}
