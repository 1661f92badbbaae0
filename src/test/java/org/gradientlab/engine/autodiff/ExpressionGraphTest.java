package org.gradientlab.engine.autodiff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.gradientlab.engine.autodiff.Trees.add;
import static org.gradientlab.engine.autodiff.Trees.div;
import static org.gradientlab.engine.autodiff.Trees.mul;
import static org.gradientlab.engine.autodiff.Trees.n;
import static org.gradientlab.engine.autodiff.Trees.pow;
import static org.gradientlab.engine.autodiff.Trees.v;

import java.util.Map;
import org.gradientlab.engine.autodiff.GraphView.GraphNode;
import org.gradientlab.engine.expr.Expr;
import org.junit.jupiter.api.Test;

class ExpressionGraphTest {

    @Test
    void each_variable_is_one_shared_leaf() {
        ExpressionGraph graph = ExpressionGraph.of(add(mul(v("x"), v("x")), v("x")), Map.of("x", 3.0));
        graph.backward();
        // d(x² + x)/dx = 2x + 1 = 7.
        assertThat(graph.gradient("x")).isEqualTo(7.0);
        assertThat(graph.output().graph().nodes())
                .filteredOn(node -> node.label().equals("x"))
                .hasSize(1);
    }

    @Test
    void a_power_with_a_constant_exponent_is_one_node() {
        ExpressionGraph graph = ExpressionGraph.of(pow(v("x"), div(n(1), n(2))), Map.of("x", 4.0));
        graph.backward();
        assertThat(graph.output().operation()).isEqualTo(Operation.POW_CONSTANT);
        assertThat(graph.output().label()).isEqualTo("^0.5");
        assertThat(graph.value()).isEqualTo(2.0);
        // d√x/dx = 1/(2√x) = 1/4.
        assertThat(graph.gradient("x")).isEqualTo(0.25);
    }

    @Test
    void named_constants_keep_their_names() {
        ExpressionGraph graph = ExpressionGraph.of(mul(new Expr.Const(Expr.Constant.PI), v("r")), Map.of("r", 2.0));
        assertThat(graph.output().graph().nodes()).extracting(GraphNode::label).contains("pi");
        graph.backward();
        assertThat(graph.gradient("r")).isEqualTo(Math.PI);
    }

    @Test
    void a_variable_the_expression_does_not_use_has_zero_gradient() {
        ExpressionGraph graph = ExpressionGraph.of(pow(v("x"), 2), Map.of("x", 1.0, "y", 5.0));
        graph.backward();
        assertThat(graph.gradient("y")).isZero();
    }

    @Test
    void a_variable_without_a_value_is_reported_by_name() {
        AutodiffException error = catchThrowableOfType(
                AutodiffException.class, () -> ExpressionGraph.of(add(v("x"), v("y")), Map.of("x", 1.0)));
        assertThat(error.key()).isEqualTo(AutodiffException.Key.UNBOUND_VARIABLE);
        assertThat(error.arguments()).containsExactly("y");
    }

    @Test
    void zero_grad_clears_the_whole_graph() {
        ExpressionGraph graph = ExpressionGraph.of(mul(v("x"), v("y")), Map.of("x", 2.0, "y", 5.0));
        graph.backward();
        graph.backward();
        assertThat(graph.gradient("x")).isEqualTo(10.0);
        graph.zeroGrad();
        assertThat(graph.gradient("x")).isZero();
        assertThat(graph.gradient("y")).isZero();
    }
}
