package org.gradientlab.engine.calculus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.gradientlab.engine.autodiff.Trees.add;
import static org.gradientlab.engine.autodiff.Trees.mul;
import static org.gradientlab.engine.autodiff.Trees.n;
import static org.gradientlab.engine.autodiff.Trees.v;
import static org.gradientlab.reference.ReferenceData.inputs;
import static org.gradientlab.reference.ReferenceData.matrix;
import static org.gradientlab.reference.ReferenceData.number;
import static org.gradientlab.reference.ReferenceData.outputs;
import static org.gradientlab.reference.ReferenceData.vector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.gradientlab.engine.autodiff.CompiledFunction;
import org.gradientlab.engine.autodiff.ExpressionGraph;
import org.gradientlab.engine.expr.Expr;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.Variables;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The course's finite-difference, gradient and Jacobian examples (reference cases s000-fd-table-cubic,
 * s000-chain-rule-sin-x2, s000-gradient-field-f2d, s000-gradient-identities, s000-jacobian), reproduced with
 * {@link FiniteDifference} and {@link Derivatives}.
 *
 * <p>Tolerances: 1e-9 relative (the reference README's default). A difference quotient also carries the
 * rounding of the function values it subtracts, up to about ε·|f|/h per ulp by which two evaluations of f
 * differ; where a figure is that small (round-off-dominated errors), it is compared at that size, as the
 * README asks: {@link #ROUND_OFF_ULPS} ulps of f divided by h.
 */
class CalculusReferenceTest {

    private static final double RELATIVE = 1e-9;
    /** Two evaluations of the same formula in a different order (x·x·x vs pow, libm sin) differ by a few ulps. */
    private static final double ROUND_OFF_ULPS = 8;

    private static void assertRelative(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(RELATIVE * Math.abs(expected)));
    }

    /** Within 1e-9 relative plus the round-off of a difference quotient with step h of values of size |f|. */
    private static void assertWithinRoundOff(double actual, double expected, double f, double h) {
        double roundOff = ROUND_OFF_ULPS * Math.ulp(Math.abs(f)) / h;
        assertThat(actual).isCloseTo(expected, within(RELATIVE * Math.abs(expected) + roundOff));
    }

    /** The case's formula as written in its inputs (Python syntax; {@code **} is read as {@code ^}). */
    private static Expr formula(String caseId, String field, String... variables) {
        return Expression.parse(inputs(caseId).get(field).asString(), Variables.of(variables))
                .tree();
    }

    private static final Expr CUBIC = formula("s000-fd-table-cubic", "f", "x");

    private static double cubicWithPow(double x) {
        return ExpressionGraph.of(CUBIC, Map.of("x", x)).value();
    }

    @Test
    void fd_table_of_the_cubic_is_reproduced_with_numpys_formula() {
        // The graph evaluates x³ with Math.pow, as NumPy's x**3 does, so even the round-off rows agree; rows with
        // h ≤ 1e-7 are round-off-dominated and compared at relative 1e-3 (README), the others at 1e-9.
        JsonNode out = outputs("s000-fd-table-cubic");
        double x0 = number(inputs("s000-fd-table-cubic").get("x0"));
        double exact = Derivatives.derivative(CUBIC, "x", x0);
        assertThat(exact).isEqualTo(number(out.get("exact_derivative")));
        assertThat(cubicWithPow(x0)).isEqualTo(number(out.get("f_x0")));
        for (JsonNode row : out.get("rows")) {
            double h = number(row.get("h"));
            double forward = FiniteDifference.FORWARD.derivative(CalculusReferenceTest::cubicWithPow, x0, h);
            double central = FiniteDifference.CENTRAL.derivative(CalculusReferenceTest::cubicWithPow, x0, h);
            double tolerance = h <= 1e-7 ? 1e-3 : RELATIVE;
            double[] actual = {forward, central, Math.abs(forward - exact), Math.abs(central - exact)};
            double[] expected = {
                number(row.get("forward")),
                number(row.get("central")),
                number(row.get("forward_error")),
                number(row.get("central_error"))
            };
            for (int k = 0; k < actual.length; k++) {
                assertThat(actual[k])
                        .as("h=%s column %s", h, k)
                        .isCloseTo(expected[k], within(tolerance * Math.abs(expected[k])));
            }
        }
    }

    @Test
    void fd_table_of_the_cubic_is_reproduced_by_the_compiled_function_up_to_round_off() {
        // The compiled form computes x³ as x·x·x: a different rounding, visible only in round-off-sized figures.
        JsonNode out = outputs("s000-fd-table-cubic");
        double x0 = number(inputs("s000-fd-table-cubic").get("x0"));
        double exact = number(out.get("exact_derivative"));
        CompiledFunction f = CompiledFunction.compile(CUBIC, List.of("x"));
        DoubleUnaryOperator cubic = x -> f.value(new double[] {x});
        for (JsonNode row : out.get("rows")) {
            double h = number(row.get("h"));
            double forward = FiniteDifference.FORWARD.derivative(cubic, x0, h);
            double central = FiniteDifference.CENTRAL.derivative(cubic, x0, h);
            double fSize = Math.abs(cubic.applyAsDouble(x0 + h)) + Math.abs(cubic.applyAsDouble(x0 - h));
            assertWithinRoundOff(forward, number(row.get("forward")), fSize, h);
            assertWithinRoundOff(central, number(row.get("central")), fSize, h);
            assertWithinRoundOff(Math.abs(forward - exact), number(row.get("forward_error")), fSize, h);
            assertWithinRoundOff(Math.abs(central - exact), number(row.get("central_error")), fSize, h);
        }
    }

    @Test
    void chain_rule_of_sin_x_squared_matches_analytic_and_numerical_columns() {
        JsonNode in = inputs("s000-chain-rule-sin-x2");
        double h = number(in.get("hval"));
        Expr sinOfSquare = formula("s000-chain-rule-sin-x2", "h", "x");
        Expr handDerivative = formula("s000-chain-rule-sin-x2", "h_prime", "x");
        CompiledFunction f = CompiledFunction.compile(sinOfSquare, List.of("x"));
        CompiledFunction fPrime = CompiledFunction.compile(handDerivative, List.of("x"));
        DoubleUnaryOperator scalar = x -> f.value(new double[] {x});
        for (JsonNode row : outputs("s000-chain-rule-sin-x2").get("rows")) {
            double x = number(row.get("x"));
            double analytical = Derivatives.derivative(sinOfSquare, "x", x);
            double numerical = FiniteDifference.CENTRAL.derivative(scalar, x, h);
            assertRelative(scalar.applyAsDouble(x), number(row.get("h")));
            assertRelative(analytical, number(row.get("analytical")));
            assertRelative(fPrime.value(new double[] {x}), number(row.get("analytical")));
            // sin of the libm in use may differ from NumPy's by an ulp: round-off of the quotient, ~1e-11 here.
            assertWithinRoundOff(numerical, number(row.get("numerical")), 1.0, h);
            assertWithinRoundOff(Math.abs(analytical - numerical), number(row.get("abs_error")), 1.0, h);
        }
    }

    @Test
    void gradient_field_of_the_elliptic_bowl_matches_the_arrows() {
        JsonNode in = inputs("s000-gradient-field-f2d");
        JsonNode out = outputs("s000-gradient-field-f2d");
        Expr bowl = formula("s000-gradient-field-f2d", "f", "x1", "x2");
        List<String> variables = List.of("x1", "x2");
        CompiledFunction f = CompiledFunction.compile(bowl, variables);
        assertThat(Derivatives.gradient(f, new double[] {1, -1})).containsExactly(vector(out.get("grad_at_(1,-1)")));
        assertThat(f.value(new double[] {1, -1})).isEqualTo(number(out.get("f_at_(1,-1)")));
        double[] axis = vector(in.get("grid_axis"));
        double[] u = new double[axis.length];
        double[] w = new double[axis.length];
        for (int k = 0; k < axis.length; k++) {
            // The arrows on the diagonal of the grid: U = ∂f/∂x1 at x1 = g, V = ∂f/∂x2 at x2 = g (exact: 2g, 4g).
            double[] g = Derivatives.gradient(f, new double[] {axis[k], axis[k]});
            u[k] = g[0];
            w[k] = g[1];
        }
        assertThat(u).containsExactly(vector(out.get("U_axis_values(2*gc)")));
        assertThat(w).containsExactly(vector(out.get("V_axis_values(4*gc)")));
    }

    @Test
    void gradient_identities_hold_by_autodiff_and_by_central_differences() {
        JsonNode in = inputs("s000-gradient-identities");
        JsonNode results = outputs("s000-gradient-identities").get("results");
        double[] x = vector(in.get("x_test"));
        double[] a = vector(in.get("a"));
        double[][] matrixA = matrix(in.get("A_sym"));
        double h = number(in.get("h"));
        List<String> variables = List.of("x1", "x2", "x3");
        Map<String, Expr> functions = Map.of(
                "a^Tx", linear(a, variables),
                "||x||^2", quadratic(identity(3), variables),
                "x^TAx", quadratic(matrixA, variables));
        functions.forEach((name, expr) -> {
            JsonNode expected = results.get(name);
            CompiledFunction f = CompiledFunction.compile(expr, variables);
            double[] analytical = Derivatives.gradient(f, x);
            double[] numerical = FiniteDifference.CENTRAL.gradient(f::value, x, h);
            assertThat(f.value(x)).as(name).isEqualTo(number(expected.get("f_value")));
            // Gradients of linear and quadratic forms with small integer data are exact in double.
            assertThat(analytical).as(name).containsExactly(vector(expected.get("analytical")));
            double[] referenceNumerical = vector(expected.get("numerical"));
            double maxError = 0.0;
            double fSize = largestValueAround(f, x, h);
            for (int i = 0; i < x.length; i++) {
                assertWithinRoundOff(numerical[i], referenceNumerical[i], fSize, h);
                maxError = Math.max(maxError, Math.abs(numerical[i] - analytical[i]));
            }
            // The maximum error is itself round-off (quadratics have no truncation error): the same size as the
            // reference's, and under the course's 1e-6 check.
            assertWithinRoundOff(maxError, number(expected.get("max_abs_error")), fSize, h);
            assertThat(maxError < 1e-6).isEqualTo(expected.get("status_pass").asBoolean());
        });
    }

    @Test
    void jacobian_by_central_differences_and_by_autodiff_match_the_course() {
        JsonNode in = inputs("s000-jacobian");
        JsonNode out = outputs("s000-jacobian");
        double[] x0 = vector(in.get("x0"));
        double h = number(in.get("h"));
        List<String> variables = List.of("x1", "x2");
        // The case writes the vector function as a Python list: "[x1**2, x1*x2, sin(x2)]".
        String list = in.get("f").asString();
        List<Expr> components = Arrays.stream(
                        list.substring(1, list.length() - 1).split(","))
                .map(text ->
                        Expression.parse(text.strip(), Variables.of("x1", "x2")).tree())
                .toList();
        List<CompiledFunction> compiled = new ArrayList<>();
        for (Expr component : components) {
            compiled.add(CompiledFunction.compile(component, variables));
        }
        double[][] numerical = FiniteDifference.CENTRAL.jacobian(components, variables, x0, h);
        double[][] analytical = Derivatives.jacobian(components, variables, x0);
        double[][] referenceNumerical = matrix(out.get("J_num"));
        double[][] referenceAnalytical = matrix(out.get("J_anal"));
        double scale = compiled.stream()
                .mapToDouble(c -> largestValueAround(c, x0, h))
                .max()
                .orElseThrow();
        double maxDifference = 0.0;
        for (int i = 0; i < components.size(); i++) {
            assertRelative(compiled.get(i).value(x0), vector(out.get("f_vec_x0"))[i]);
            for (int j = 0; j < x0.length; j++) {
                assertWithinRoundOff(numerical[i][j], referenceNumerical[i][j], scale, h);
                assertRelative(analytical[i][j], referenceAnalytical[i][j]);
                maxDifference = Math.max(maxDifference, Math.abs(numerical[i][j] - analytical[i][j]));
            }
        }
        assertWithinRoundOff(maxDifference, number(out.get("max_abs_diff")), scale, h);
        assertThat(maxDifference <= 1e-5)
                .isEqualTo(out.get("match_allclose_atol_1e-5").asBoolean());
        assertThat(Derivatives.jacobian(compiled, x0)).isDeepEqualTo(analytical);
    }

    /** The largest |f| over the points x ± h·ei a central difference evaluates: the scale of its round-off. */
    private static double largestValueAround(CompiledFunction f, double[] x, double h) {
        double largest = 0.0;
        for (int i = 0; i < x.length; i++) {
            for (double step : new double[] {h, -h}) {
                double[] point = x.clone();
                point[i] += step;
                largest = Math.max(largest, Math.abs(f.value(point)));
            }
        }
        return largest;
    }

    private static Expr linear(double[] a, List<String> variables) {
        Expr sum = n(0);
        for (int i = 0; i < a.length; i++) {
            sum = add(sum, mul(n(a[i]), v(variables.get(i))));
        }
        return sum;
    }

    private static Expr quadratic(double[][] m, List<String> variables) {
        Expr sum = n(0);
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m.length; j++) {
                sum = add(sum, mul(n(m[i][j]), mul(v(variables.get(i)), v(variables.get(j)))));
            }
        }
        return sum;
    }

    private static double[][] identity(int n) {
        double[][] id = new double[n][n];
        for (int i = 0; i < n; i++) {
            id[i][i] = 1.0;
        }
        return id;
    }
}
