package org.gradientlab.grading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.Variables;
import org.gradientlab.engine.landscape.Landscape;

/**
 * Update rules as read: assignments executed in order at every step, element-wise (each coordinate of x runs the
 * same scalar program with its own g, state and temporaries). Before step t the gradient g = ∇f(x) is taken at
 * the current x; the state starts at 0; hyperparameters and t are constants of the step.
 *
 * @param variables   every name the rules use, in the order of the evaluation point
 * @param assignments the statements, in order
 */
record RuleProgram(Variables variables, List<Assignment> assignments) {

    /**
     * One statement {@code target = value}.
     *
     * @param target the name assigned
     * @param value  its new value
     * @param line   the 1-based line it was typed on
     */
    record Assignment(String target, Expression value, int line) {}

    RuleProgram {
        assignments = List.copyOf(assignments);
    }

    /** Whether some statement assigns {@code name}. */
    boolean assigns(String name) {
        return assignments.stream().anyMatch(a -> a.target().equals(name));
    }

    /** How the rules were read: one {@code name = value} per line, and LaTeX with ← arrows. */
    Interpretation interpretation() {
        List<String> text = new ArrayList<>();
        List<String> latex = new ArrayList<>();
        for (Assignment a : assignments) {
            text.add(a.target() + " = " + a.value().toText());
            latex.add(Expression.of(new org.gradientlab.engine.expr.Expr.Var(a.target()), variables)
                            .toLatex() + " &\\leftarrow " + a.value().toLatex());
        }
        return new Interpretation(
                String.join("\n", text), "\\begin{aligned} " + String.join(" \\\\ ", latex) + " \\end{aligned}");
    }

    /**
     * Runs the rules for {@code steps} updates on f from {@code start} with these constants, recording after each
     * update the values of {@code recorded} (names of this program).
     */
    RuleTrace run(Landscape f, double[] start, Map<String, Double> constants, int steps, Set<String> recorded) {
        int n = f.dimension();
        if (start.length != n) {
            throw new IllegalArgumentException("the start point has " + start.length + " coordinates; f takes " + n);
        }
        int size = variables.size();
        int xIndex = variables.indexOf("x");
        int gIndex = variables.indexOf("g");
        int tIndex = variables.indexOf("t");
        double[][] env = new double[n][size];
        for (int i = 0; i < n; i++) {
            env[i][xIndex] = start[i];
            for (Map.Entry<String, Double> c : constants.entrySet()) {
                int k = variables.indexOf(c.getKey());
                if (k >= 0) {
                    env[i][k] = c.getValue();
                }
            }
        }
        List<ToDoubleFunction<double[]>> compiled =
                assignments.stream().map(a -> a.value().compile()).toList();
        int[] targets = assignments.stream()
                .mapToInt(a -> variables.indexOf(a.target()))
                .toArray();
        Map<String, double[][]> values = new LinkedHashMap<>();
        for (String name : recorded) {
            values.put(name, new double[steps][n]);
        }
        double[] x = new double[n];
        double[] g = new double[n];
        for (int step = 1; step <= steps; step++) {
            for (int i = 0; i < n; i++) {
                x[i] = env[i][xIndex];
            }
            f.valueAndGradient(x, g);
            for (int i = 0; i < n; i++) {
                double[] point = env[i];
                point[gIndex] = g[i];
                point[tIndex] = step;
                for (int s = 0; s < targets.length; s++) {
                    point[targets[s]] = compiled.get(s).applyAsDouble(point);
                }
            }
            for (Map.Entry<String, double[][]> e : values.entrySet()) {
                int k = variables.indexOf(e.getKey());
                for (int i = 0; i < n; i++) {
                    e.getValue()[step - 1][i] = env[i][k];
                }
            }
        }
        return new RuleTrace(values);
    }
}
