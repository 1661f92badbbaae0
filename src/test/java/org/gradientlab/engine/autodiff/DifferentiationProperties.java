package org.gradientlab.engine.autodiff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import org.gradientlab.engine.expr.Expr;
import org.junit.jupiter.api.Test;

/**
 * Property tests on seeded random expressions: the graph's gradient, the compiled gradient and a central
 * difference (the independent oracle, from function values only) agree, and the compiled Hessian is symmetric
 * and agrees with central differences of the gradient. Points where the expression is undefined, sits within
 * 1e-3 of the kink or jump of abs, relu, sign or step, or where the difference quotient itself is unstable (its values at steps h
 * and 2h disagree, i.e. a singularity is near) are skipped and counted; each test requires at least 200
 * expressions actually checked.
 */
class DifferentiationProperties {

    private static final List<String> VARIABLES = List.of("x", "y", "z");
    private static final int EXPRESSIONS = 400;
    private static final int POINTS_PER_EXPRESSION = 3;
    private static final int MAX_DEPTH = 5;
    private static final double KINK_MARGIN = 1e-3;
    /**
     * Central differences with h = 1e-5 have truncation error ~h²·f'''/6 ≈ 2e-11·f''' and round-off
     * ~ε·|f|/h ≈ 2e-11·|f|; 1e-6 relative to (1 + |f| + |g|) leaves room for moderate third derivatives while a
     * wrong derivative rule is off by O(1).
     */
    private static final double STEP = 1e-5;

    private static final double DIFFERENCE_TOLERANCE = 1e-6;
    /** Graph and compiled form round differently (x·x·x vs pow, a·b⁻¹ vs a/b, sin/cos vs tan): a few ulps, amplified by cancellation. */
    private static final double FORMS_TOLERANCE = 1e-9;

    @Test
    void graph_compiled_and_central_difference_gradients_agree() {
        RandomTrees trees = new RandomTrees(20_240_611L, VARIABLES);
        List<String> failures = new ArrayList<>();
        Set<String> operationsChecked = new TreeSet<>();
        int checkedExpressions = 0;
        int checkedPoints = 0;
        for (int e = 0; e < EXPRESSIONS; e++) {
            Expr expr = trees.next(MAX_DEPTH);
            CompiledFunction compiled = CompiledFunction.compile(expr, VARIABLES);
            boolean checked = false;
            for (int p = 0; p < POINTS_PER_EXPRESSION; p++) {
                double[] x = trees.point();
                ExpressionGraph graph = ExpressionGraph.of(expr, values(x));
                double[] compiledGradient = new double[x.length];
                double f = compiled.valueAndGradient(x, compiledGradient);
                if (!Double.isFinite(f) || !allFinite(compiledGradient) || nearKink(graph.output())) {
                    continue;
                }
                graph.backward();
                double[] differences = new double[x.length];
                boolean stable = true;
                for (int i = 0; i < x.length; i++) {
                    double atH = centralDifference(compiled::value, x, i, STEP);
                    double at2H = centralDifference(compiled::value, x, i, 2 * STEP);
                    stable &= Double.isFinite(atH) && close(atH, at2H, DIFFERENCE_TOLERANCE, 1 + Math.abs(atH));
                    differences[i] = atH;
                }
                if (!stable) {
                    continue;
                }
                checked = true;
                checkedPoints++;
                if (!close(graph.value(), f, FORMS_TOLERANCE, 1 + Math.abs(f))) {
                    failures.add("value " + describe(expr, x) + ": graph " + graph.value() + ", compiled " + f);
                }
                for (int i = 0; i < x.length; i++) {
                    double g = compiledGradient[i];
                    double graphGradient = graph.gradient(VARIABLES.get(i));
                    if (!close(graphGradient, g, FORMS_TOLERANCE, 1 + Math.abs(g))) {
                        failures.add("d/d" + VARIABLES.get(i) + " " + describe(expr, x) + ": graph " + graphGradient
                                + ", compiled " + g);
                    }
                    if (!close(differences[i], g, DIFFERENCE_TOLERANCE, 1 + Math.abs(g) + Math.abs(f))) {
                        failures.add("d/d" + VARIABLES.get(i) + " " + describe(expr, x) + ": compiled " + g
                                + ", central difference " + differences[i]);
                    }
                }
            }
            if (checked) {
                checkedExpressions++;
                collectOperations(expr, operationsChecked);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(checkedExpressions).isGreaterThanOrEqualTo(200);
        assertThat(checkedPoints).isGreaterThanOrEqualTo(400);
        assertThat(operationsChecked).containsAll(everyOperation());
    }

    @Test
    void hessian_is_symmetric_and_matches_central_differences_of_the_gradient() {
        RandomTrees trees = new RandomTrees(7_041_975L, VARIABLES);
        List<String> failures = new ArrayList<>();
        int checkedExpressions = 0;
        int n = VARIABLES.size();
        for (int e = 0; e < EXPRESSIONS; e++) {
            Expr expr = trees.next(MAX_DEPTH);
            CompiledFunction compiled = CompiledFunction.compile(expr, VARIABLES);
            boolean checked = false;
            for (int p = 0; p < POINTS_PER_EXPRESSION; p++) {
                double[] x = trees.point();
                double[][] hessian = new double[n][n];
                double[] gradient = new double[n];
                double f = compiled.valueAndGradient(x, gradient);
                compiled.hessian(x, hessian);
                if (!Double.isFinite(f)
                        || !allFinite(gradient)
                        || !allFinite(hessian)
                        || nearKink(ExpressionGraph.of(expr, values(x)).output())) {
                    continue;
                }
                double[][] differences = new double[n][];
                boolean stable = true;
                for (int j = 0; j < n; j++) {
                    double[] atH = gradientDifference(compiled, x, j, STEP);
                    double[] at2H = gradientDifference(compiled, x, j, 2 * STEP);
                    for (int i = 0; i < n; i++) {
                        stable &= Double.isFinite(atH[i])
                                && close(atH[i], at2H[i], DIFFERENCE_TOLERANCE, 1 + Math.abs(atH[i]));
                    }
                    differences[j] = atH;
                }
                if (!stable) {
                    continue;
                }
                checked = true;
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        double h = hessian[i][j];
                        if (!close(h, hessian[j][i], FORMS_TOLERANCE, 1 + Math.abs(h))) {
                            failures.add("asymmetric (" + i + "," + j + ") " + describe(expr, x) + ": " + h + " vs "
                                    + hessian[j][i]);
                        }
                        double scale = 1 + Math.abs(h) + Math.abs(gradient[i]) + Math.abs(f);
                        if (!close(differences[j][i], h, DIFFERENCE_TOLERANCE, scale)) {
                            failures.add("H(" + i + "," + j + ") " + describe(expr, x) + ": exact " + h
                                    + ", difference of gradient " + differences[j][i]);
                        }
                    }
                }
            }
            checkedExpressions += checked ? 1 : 0;
        }
        assertThat(failures).isEmpty();
        assertThat(checkedExpressions).isGreaterThanOrEqualTo(200);
    }

    /** The names of the operations in a tree, with constant and variable exponents told apart. */
    private static void collectOperations(Expr expr, Set<String> into) {
        switch (expr) {
            case Expr.Num n -> into.add("number");
            case Expr.Const c -> into.add("constant");
            case Expr.Var v -> into.add("variable");
            case Expr.Neg n -> {
                into.add("neg");
                collectOperations(n.operand(), into);
            }
            case Expr.Binary b -> {
                boolean constantExponent = b.op() == Expr.BinaryOp.POW && !ExpressionGraph.usesVariables(b.right());
                into.add(constantExponent ? "POW constant" : b.op().name());
                collectOperations(b.left(), into);
                collectOperations(b.right(), into);
            }
            case Expr.Call c -> {
                into.add(c.function().name());
                collectOperations(c.argument(), into);
            }
        }
    }

    private static List<String> everyOperation() {
        List<String> all = new ArrayList<>(List.of("number", "constant", "variable", "neg", "POW constant"));
        for (Expr.BinaryOp op : Expr.BinaryOp.values()) {
            all.add(op.name());
        }
        for (Expr.Function function : Expr.Function.values()) {
            all.add(function.name());
        }
        return all;
    }

    private static Map<String, Double> values(double[] x) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (int i = 0; i < x.length; i++) {
            values.put(VARIABLES.get(i), x[i]);
        }
        return values;
    }

    private static double centralDifference(ToDoubleFunction<double[]> f, double[] x, int i, double h) {
        double[] plus = x.clone();
        double[] minus = x.clone();
        plus[i] += h;
        minus[i] -= h;
        return (f.applyAsDouble(plus) - f.applyAsDouble(minus)) / (2 * h);
    }

    private static double[] gradientDifference(CompiledFunction f, double[] x, int j, double h) {
        double[] plus = x.clone();
        double[] minus = x.clone();
        plus[j] += h;
        minus[j] -= h;
        double[] gradientPlus = new double[x.length];
        double[] gradientMinus = new double[x.length];
        f.valueAndGradient(plus, gradientPlus);
        f.valueAndGradient(minus, gradientMinus);
        double[] column = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            column[i] = (gradientPlus[i] - gradientMinus[i]) / (2 * h);
        }
        return column;
    }

    /** True when the argument of abs, relu, sign or step is within {@link #KINK_MARGIN} of its kink or jump at 0. */
    private static boolean nearKink(Node output) {
        Set<Operation> piecewise = EnumSet.of(Operation.ABS, Operation.RELU, Operation.SIGN, Operation.STEP);
        for (Node node : output.topologicalOrder()) {
            if (piecewise.contains(node.operation())
                    && Math.abs(node.parents().getFirst().value()) < KINK_MARGIN) {
                return true;
            }
        }
        return false;
    }

    private static boolean close(double actual, double expected, double tolerance, double scale) {
        return Math.abs(actual - expected) <= tolerance * scale;
    }

    private static boolean allFinite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allFinite(double[][] rows) {
        for (double[] row : rows) {
            if (!allFinite(row)) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Expr expr, double[] x) {
        return expr + " at " + Arrays.toString(x);
    }
}
