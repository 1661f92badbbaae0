package org.gradientlab.exercises.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.Variables;

/** The explanation, hints and worked solution of the Jacobian exercise. */
final class JacobianTexts {

    private JacobianTexts() {}

    static String explanation(String fLatex, String pointText) {
        return """
                A function $f: \\mathbb{R}^2 \\to \\mathbb{R}^3$ has three outputs, each depending on two inputs. Its \
                **Jacobian** collects every first partial derivative in one matrix,

                $$J_{ij} = \\frac{\\partial f_i}{\\partial x_j},$$

                with **one row per output** and **one column per variable**, so here $J$ is $3 \\times 2$. Row $i$ is \
                the gradient of $f_i$ laid on its side. The layout is not a convention picked at random: it makes \
                $J$ the matrix of the best linear approximation, $f(x + \\Delta) \\approx f(x) + J\\,\\Delta$, which \
                takes a change of the 2 inputs to a change of the 3 outputs.

                To fill a cell, differentiate that output with respect to that variable, treating the other \
                variable as a constant, and evaluate at the point.

                Numerically, each column can be approximated by a **central difference**: nudge variable $j$ by \
                $\\pm h$ and divide the change in $f$ by the distance between the two evaluation points. Its \
                error shrinks like $h^2$ (a forward difference, dividing by $h$, only like $h$), so with \
                $h = 10^{-5}$ it agrees with the exact Jacobian to about ten digits.

                Here $f(x_1, x_2) = %s$ and the point is $%s$.
                """.formatted(fLatex, pointText);
    }

    static List<String> hints(List<JacobianComponent> components, String pointText) {
        JacobianComponent first = components.getFirst();
        return List.of(
                "The Jacobian has one row per output and one column per variable: here 3 rows and 2 columns. Row 1 "
                        + "holds $\\partial f_1/\\partial x_1$ and $\\partial f_1/\\partial x_2$.",
                "For a partial derivative, hold the other variable fixed: for example $\\partial (x_1 x_2)/\\partial x_1 "
                        + "= x_2$. Row 1 here: $\\partial f_1/\\partial x_1 = " + latex(first.byX1())
                        + "$.",
                "Evaluate each partial derivative at $" + pointText + "$ — or type the formula (`2*x1`) and let the "
                        + "site evaluate it.");
    }

    static String solution(List<JacobianComponent> components, Map<String, Double> at, String pointText) {
        List<String> formulaRows = new ArrayList<>();
        List<String> valueRows = new ArrayList<>();
        for (JacobianComponent c : components) {
            formulaRows.add(latex(c.byX1()) + " & " + latex(c.byX2()));
            valueRows.add(number(JacobianExercise.value(c.byX1(), at)) + " & "
                    + number(JacobianExercise.value(c.byX2(), at)));
        }
        return """
                Differentiate each output by each variable (rows = outputs, columns = $x_1, x_2$):

                $$J(x) = \\begin{bmatrix} %s \\end{bmatrix}, \\qquad J%s = \\begin{bmatrix} %s \\end{bmatrix}.$$

                The central difference divides by $2h$, the distance between $x + h\\,e_j$ and $x - h\\,e_j$:
                $\\dfrac{f_i(x + h e_j) - f_i(x - h e_j)}{2h}$.
                """.formatted(String.join(" \\\\ ", formulaRows), pointText, String.join(" \\\\ ", valueRows));
    }

    private static String latex(String formula) {
        return Expression.parse(formula, Variables.of("x1", "x2")).toLatex();
    }

    private static String number(double v) {
        if (v == Math.rint(v)) {
            return Long.toString((long) v);
        }
        return String.format(java.util.Locale.ROOT, "%.4f", v);
    }
}
