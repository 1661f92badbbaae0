package org.gradientlab.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The reference figures whose functions are written as formulas: each formula is parsed as typed in
 * the course material (Python's {@code **}), evaluated, and differentiated symbolically. Tolerance
 * 1e-9 relative (the reference README's default): the formulas are evaluated in the same order, and
 * sin, cos and pow may differ from NumPy's by an ulp.
 */
class ExpressionReferenceTest {

    private static final double RELATIVE = 1e-9;
    private static final Variables X = Variables.of("x");
    private static final Variables X1_X2 = Variables.of("x1", "x2");

    private static void assertClose(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(RELATIVE * Math.abs(expected)));
    }

    private static Expression formula(String id, String field, Variables variables) {
        return Expression.parse(ReferenceData.inputs(id).get(field).asString(), variables);
    }

    @Test
    void cubic_value_derivative_and_difference_quotients_s000_fd_table_cubic() {
        String id = "s000-fd-table-cubic";
        Expression f = formula(id, "f", X);
        JsonNode out = ReferenceData.outputs(id);
        double x0 = ReferenceData.inputs(id).get("x0").asDouble();
        assertClose(f.evaluate(x0), ReferenceData.number(out.get("f_x0")));
        assertClose(f.derivative("x").evaluate(x0), ReferenceData.number(out.get("exact_derivative")));
        for (JsonNode row : out.get("rows")) {
            double h = row.get("h").asDouble();
            // below h = 1e-4 the figures measure round-off, which depends on how x^3 is computed
            if (h >= 1e-4) {
                double forward = (f.evaluate(x0 + h) - f.evaluate(x0)) / h;
                double central = (f.evaluate(x0 + h) - f.evaluate(x0 - h)) / (2 * h);
                assertClose(forward, ReferenceData.number(row.get("forward")));
                assertClose(central, ReferenceData.number(row.get("central")));
            }
        }
    }

    @Test
    void chain_rule_of_sin_x_squared_s000_chain_rule_sin_x2() {
        String id = "s000-chain-rule-sin-x2";
        Expression h = formula(id, "h", X);
        Expression typedDerivative = formula(id, "h_prime", X);
        Expression symbolic = h.derivative("x");
        assertThat(symbolic.toText()).isEqualTo("2*x*cos(x^2)");
        for (JsonNode row : ReferenceData.outputs(id).get("rows")) {
            double x = row.get("x").asDouble();
            double analytical = ReferenceData.number(row.get("analytical"));
            assertClose(h.evaluate(x), ReferenceData.number(row.get("h")));
            assertClose(typedDerivative.evaluate(x), analytical);
            assertClose(symbolic.evaluate(x), analytical);
        }
    }

    @Test
    void gradient_of_the_slope_field_s000_gradient_field_f2d() {
        String id = "s000-gradient-field-f2d";
        Expression f = formula(id, "f", X1_X2);
        JsonNode out = ReferenceData.outputs(id);
        assertClose(f.evaluate(1, -1), ReferenceData.number(out.get("f_at_(1,-1)")));
        double[] gradient = ReferenceData.vector(out.get("grad_at_(1,-1)"));
        assertClose(f.derivative("x1").evaluate(1, -1), gradient[0]);
        assertClose(f.derivative("x2").evaluate(1, -1), gradient[1]);
        double[] axis = ReferenceData.vector(ReferenceData.inputs(id).get("grid_axis"));
        double[] u = ReferenceData.vector(out.get("U_axis_values(2*gc)"));
        double[] v = ReferenceData.vector(out.get("V_axis_values(4*gc)"));
        for (int i = 0; i < axis.length; i++) {
            assertThat(f.derivative("x1").evaluate(axis[i], 0)).isEqualTo(u[i]);
            assertThat(f.derivative("x2").evaluate(0, axis[i])).isEqualTo(v[i]);
        }
    }

    @Test
    void analytic_jacobian_s000_jacobian() {
        String id = "s000-jacobian";
        String vector = ReferenceData.inputs(id).get("f").asString();
        List<Expression> components = new ArrayList<>();
        for (String component : vector.substring(1, vector.length() - 1).split(",")) {
            components.add(Expression.parse(component, X1_X2));
        }
        double[] x0 = ReferenceData.vector(ReferenceData.inputs(id).get("x0"));
        double[][] jacobian = ReferenceData.matrix(ReferenceData.outputs(id).get("J_anal"));
        double[] values = ReferenceData.vector(ReferenceData.outputs(id).get("f_vec_x0"));
        for (int i = 0; i < components.size(); i++) {
            assertClose(components.get(i).evaluate(x0), values[i]);
            assertClose(components.get(i).derivative("x1").evaluate(x0), jacobian[i][0]);
            assertClose(components.get(i).derivative("x2").evaluate(x0), jacobian[i][1]);
        }
    }

    @Test
    void computation_graph_of_log_ab_plus_a_squared_s000_autograd_graph_log() {
        String id = "s000-autograd-graph-log";
        Variables ab = Variables.of("a", "b");
        Expression e = Expression.parse("log(a*b + a^2)", ab);
        JsonNode out = ReferenceData.outputs(id);
        double a = ReferenceData.inputs(id).get("a").asDouble();
        double b = ReferenceData.inputs(id).get("b").asDouble();
        assertClose(e.evaluate(a, b), ReferenceData.number(out.get("e_float64")));
        assertClose(e.derivative("a").evaluate(a, b), ReferenceData.number(out.get("de_da_manual")));
        assertClose(e.derivative("b").evaluate(a, b), ReferenceData.number(out.get("de_db_manual")));
    }

    @Test
    void exactly_representable_autograd_values_s000_autograd_scalar_and_multivariate() {
        Expression cubic = Expression.parse("x^3 - 2x + 1", X);
        JsonNode scalar = ReferenceData.outputs("s000-autograd-scalar");
        assertThat(cubic.evaluate(1.5)).isEqualTo(ReferenceData.number(scalar.get("f")));
        assertThat(cubic.derivative("x").evaluate(1.5)).isEqualTo(ReferenceData.number(scalar.get("df_dx_autograd")));

        Expression bowl = Expression.parse("x1^2 + 2x2^2", X1_X2);
        JsonNode multi = ReferenceData.outputs("s000-autograd-multivariate");
        assertThat(bowl.evaluate(2, -1)).isEqualTo(ReferenceData.number(multi.get("f")));
        assertThat(bowl.derivative("x1").evaluate(2, -1)).isEqualTo(ReferenceData.number(multi.get("df_dx1")));
        assertThat(bowl.derivative("x2").evaluate(2, -1)).isEqualTo(ReferenceData.number(multi.get("df_dx2")));
    }

    @Test
    void least_squares_value_and_gradient_s000_autograd_custom() {
        String id = "s000-autograd-custom";
        JsonNode in = ReferenceData.inputs(id);
        JsonNode out = ReferenceData.outputs(id);
        Expression shifted = Expression.parse("(x1-3)^2 + (x2+1)^2", X1_X2);
        double[] minimum = ReferenceData.vector(in.get("fn1_point"));
        JsonNode first = out.get("function1");
        assertThat(shifted.evaluate(minimum)).isEqualTo(ReferenceData.number(first.get("f")));
        assertThat(shifted.derivative("x1").evaluate(minimum)).isEqualTo(ReferenceData.number(first.get("df_dx1")));
        assertThat(shifted.derivative("x2").evaluate(minimum)).isEqualTo(ReferenceData.number(first.get("df_dx2")));

        double[][] a = ReferenceData.matrix(in.get("A"));
        double[] b = ReferenceData.vector(in.get("b"));
        StringBuilder squaredNorm = new StringBuilder();
        for (int i = 0; i < a.length; i++) {
            squaredNorm
                    .append(i > 0 ? " + " : "")
                    .append("(")
                    .append(a[i][0])
                    .append(" x1 + ")
                    .append(a[i][1])
                    .append(" x2 - ")
                    .append(b[i])
                    .append(")²");
        }
        Expression f = Expression.parse(squaredNorm.toString(), X1_X2);
        double[] x = ReferenceData.vector(in.get("x"));
        double[] gradient = ReferenceData.vector(out.get("function2").get("grad_analytical"));
        assertClose(f.evaluate(x), ReferenceData.number(out.get("function2").get("f")));
        assertClose(f.derivative("x1").evaluate(x), gradient[0]);
        assertClose(f.derivative("x2").evaluate(x), gradient[1]);
    }

    @Test
    void landscape_values_at_the_recorded_points() {
        Expression rosenbrock = formula("s000-rosenbrock-gd-torch", "f", X1_X2);
        JsonNode rosen = ReferenceData.outputs("s000-rosenbrock-gd-torch");
        assertClose(
                rosenbrock.evaluate(ReferenceData.vector(rosen.get("final_x"))),
                ReferenceData.number(rosen.get("f_final")));

        Expression race = formula("s000-lr-race-ill-conditioned", "f", X1_X2);
        JsonNode runs = ReferenceData.outputs("s000-lr-race-ill-conditioned").get("race");
        for (JsonNode run : runs) {
            assertClose(
                    race.evaluate(ReferenceData.vector(run.get("final_x"))),
                    ReferenceData.number(run.get("final_loss")));
        }

        String critical = "s000-critical-lr";
        Expression quadratic = formula(critical, "f", X1_X2);
        assertClose(
                quadratic.evaluate(
                        ReferenceData.vector(ReferenceData.inputs(critical).get("x0"))),
                ReferenceData.number(ReferenceData.outputs(critical).get("initial_loss")));
        for (JsonNode run : ReferenceData.outputs(critical).get("test_alphas")) {
            assertClose(
                    quadratic.evaluate(ReferenceData.vector(run.get("final_x"))),
                    ReferenceData.number(run.get("final_loss")));
        }

        Expression square = formula("s001-gd-x2-scalar", "f", X);
        JsonNode sq = ReferenceData.outputs("s001-gd-x2-scalar");
        assertClose(square.evaluate(sq.get("final_x").asDouble()), ReferenceData.number(sq.get("f_final")));

        Expression shifted = formula("s001-ex1-shifted-scalar", "f", X);
        JsonNode sh = ReferenceData.outputs("s001-ex1-shifted-scalar");
        assertClose(shifted.evaluate(sh.get("final_x").asDouble()), ReferenceData.number(sh.get("final_f")));

        Expression bowl = formula("s004-gd-1d", "f", X);
        double[] xs = ReferenceData.vector(ReferenceData.outputs("s004-gd-1d").get("x_vals"));
        double[] fs = ReferenceData.vector(ReferenceData.outputs("s004-gd-1d").get("f_vals"));
        for (int i = 0; i < xs.length; i++) {
            assertClose(bowl.evaluate(xs[i]), fs[i]);
        }
    }

    @Test
    void double_well_gradient_and_critical_points_s003_local_min_escape() {
        String id = "s003-local-min-escape";
        Expression f = formula(id, "f", X);
        Expression typedGradient = formula(id, "grad", X);
        Expression symbolic = f.derivative("x");
        JsonNode out = ReferenceData.outputs(id);
        for (double x : ReferenceData.vector(out.get("sgd_trajectory"))) {
            assertClose(symbolic.evaluate(x), typedGradient.evaluate(x));
        }
        assertClose(f.evaluate(out.get("sgd_final_x").asDouble()), ReferenceData.number(out.get("sgd_final_f")));
        assertClose(
                f.evaluate(out.get("momentum_final_x").asDouble()), ReferenceData.number(out.get("momentum_final_f")));
        double[] critical = ReferenceData.vector(out.get("critical_points"));
        double[] values = ReferenceData.vector(out.get("f_at_critical_points"));
        for (int i = 0; i < critical.length; i++) {
            assertClose(f.evaluate(critical[i]), values[i]);
            // f' = 0.4x³ − 6x + 1 vanishes there up to the rounding of its terms (|6x| ≈ 24)
            assertThat(symbolic.evaluate(critical[i])).isCloseTo(0, within(1e-13));
        }
    }
}
