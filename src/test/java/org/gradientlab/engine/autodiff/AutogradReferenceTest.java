package org.gradientlab.engine.autodiff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.gradientlab.reference.ReferenceData.inputs;
import static org.gradientlab.reference.ReferenceData.matrix;
import static org.gradientlab.reference.ReferenceData.number;
import static org.gradientlab.reference.ReferenceData.outputs;
import static org.gradientlab.reference.ReferenceData.vector;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The course's PyTorch autograd examples (reference cases s000-autograd-*), rebuilt with {@link Node}. Our
 * graph computes in double precision; figures PyTorch computed in float32 are compared within two float32
 * ulps (each float32 operation rounds by at most half an ulp, and these chains are a few operations long).
 */
class AutogradReferenceTest {

    private static void assertFloat32(double actual, JsonNode expected) {
        double reference = number(expected);
        assertThat(actual).isCloseTo(reference, within(2.0 * Math.ulp((float) reference)));
    }

    @Test
    void scalar_cubic_value_and_derivative_match_torch() {
        // s000-autograd-scalar: f = x³ - 2x + 1 at x = 1.5 (float32). Every intermediate is a short dyadic
        // fraction, exact in both float32 and double, so the figures must match exactly.
        JsonNode out = outputs("s000-autograd-scalar");
        Node x = Node.variable("x", number(inputs("s000-autograd-scalar").get("x")));
        Node f = x.pow(3).sub(x.mul(2)).add(1);
        f.backward();
        assertThat(f.value()).isEqualTo(number(out.get("f")));
        assertThat(x.grad()).isEqualTo(number(out.get("df_dx_autograd")));
        assertThat(x.grad()).isEqualTo(number(out.get("exact")));
    }

    @Test
    void multivariate_gradients_match_torch_and_vanish_after_zeroing() {
        // s000-autograd-multivariate: f = x1² + 2·x2² at (2, -1); exact in float32 and double.
        JsonNode in = inputs("s000-autograd-multivariate");
        JsonNode out = outputs("s000-autograd-multivariate");
        Node x1 = Node.variable("x1", number(in.get("x1")));
        Node x2 = Node.variable("x2", number(in.get("x2")));
        Node f = x1.pow(2).add(x2.pow(2).mul(2));
        f.backward();
        assertThat(f.value()).isEqualTo(number(out.get("f")));
        assertThat(x1.grad()).isEqualTo(number(out.get("df_dx1")));
        assertThat(x2.grad()).isEqualTo(number(out.get("df_dx2")));

        f.zeroGrad();
        assertThat(new double[] {x1.grad(), x2.grad()}).containsExactly(vector(out.get("grads_after_zero")));
    }

    @Test
    void custom_functions_match_torch_in_double_precision() {
        // s000-autograd-custom (float64): (x1-3)² + (x2+1)² at its minimum, and ‖Ax - b‖² with its residual.
        JsonNode in = inputs("s000-autograd-custom");
        JsonNode out = outputs("s000-autograd-custom");
        double[] minimum = vector(in.get("fn1_point"));
        Node a1 = Node.variable("x1", minimum[0]);
        Node a2 = Node.variable("x2", minimum[1]);
        Node f1 = a1.sub(3).pow(2).add(a2.add(1).pow(2));
        f1.backward();
        assertThat(new double[] {f1.value(), a1.grad(), a2.grad()})
                .containsExactly(
                        number(out.at("/function1/f")),
                        number(out.at("/function1/df_dx1")),
                        number(out.at("/function1/df_dx2")));

        double[][] a = matrix(in.get("A"));
        double[] b = vector(in.get("b"));
        double[] xValues = vector(in.get("x"));
        Node[] x = {Node.variable("x1", xValues[0]), Node.variable("x2", xValues[1])};
        Node f2 = Node.constant(0.0);
        double[] residualValues = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            Node residual = x[0].mul(a[i][0]).add(x[1].mul(a[i][1])).sub(b[i]);
            residualValues[i] = residual.value();
            f2 = f2.add(residual.pow(2));
        }
        f2.backward();
        // All figures are small dyadic fractions, exact in double.
        assertThat(residualValues).containsExactly(vector(out.at("/function2/residual")));
        assertThat(f2.value()).isEqualTo(number(out.at("/function2/f")));
        assertThat(new double[] {x[0].grad(), x[1].grad()}).containsExactly(vector(out.at("/function2/grad_autograd")));
        assertThat(new double[] {x[0].grad(), x[1].grad()})
                .containsExactly(vector(out.at("/function2/grad_analytical")));
    }

    @Test
    void log_graph_forward_values_and_gradients_match_torch_and_the_manual_chain_rule() {
        // s000-autograd-graph-log: c = ab, d = c + a², e = log d at a = 2, b = 3; a is used twice (fan-out).
        JsonNode in = inputs("s000-autograd-graph-log");
        JsonNode out = outputs("s000-autograd-graph-log");
        Node a = Node.variable("a", number(in.get("a")));
        Node b = Node.variable("b", number(in.get("b")));
        Node c = a.mul(b);
        Node d = c.add(a.pow(2));
        Node e = d.log();
        e.backward();
        assertThat(c.value()).isEqualTo(number(out.get("c")));
        assertThat(d.value()).isEqualTo(number(out.get("d")));
        assertFloat32(e.value(), out.get("e"));
        assertFloat32(a.grad(), out.get("de_da_autograd"));
        assertFloat32(b.grad(), out.get("de_db_autograd"));
        // Double precision: log(10) and (b + 2a)/d, a/d are each a correctly rounded operation or two.
        assertThat(e.value()).isCloseTo(number(out.get("e_float64")), within(1e-15));
        assertThat(a.grad()).isCloseTo(number(out.get("de_da_manual")), within(1e-15));
        assertThat(b.grad()).isCloseTo(number(out.get("de_db_manual")), within(1e-15));
    }

    @Test
    void expression_graph_reproduces_the_log_example() {
        JsonNode out = outputs("s000-autograd-graph-log");
        ExpressionGraph graph = ExpressionGraph.of(
                Trees.call(
                        org.gradientlab.engine.expr.Expr.Function.LOG,
                        Trees.add(Trees.mul(Trees.v("a"), Trees.v("b")), Trees.pow(Trees.v("a"), 2))),
                Map.of("a", 2.0, "b", 3.0));
        graph.backward();
        assertThat(graph.value()).isCloseTo(number(out.get("e_float64")), within(1e-15));
        assertThat(graph.gradient("a")).isCloseTo(number(out.get("de_da_manual")), within(1e-15));
        assertThat(graph.gradient("b")).isCloseTo(number(out.get("de_db_manual")), within(1e-15));
    }
}
