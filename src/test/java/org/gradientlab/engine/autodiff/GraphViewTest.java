package org.gradientlab.engine.autodiff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.gradientlab.engine.autodiff.GraphView.Edge;
import org.gradientlab.engine.autodiff.GraphView.GraphNode;
import org.junit.jupiter.api.Test;

class GraphViewTest {

    @Test
    void nodes_come_in_topological_order_with_the_output_last() {
        Node a = Node.variable("a", 2.0);
        Node b = Node.variable("b", 3.0);
        Node e = a.mul(b).add(a.pow(2)).log();
        GraphView view = e.graph();

        assertThat(view.nodes()).extracting(GraphNode::id).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(view.edges()).allSatisfy(edge -> assertThat(edge.from()).isLessThan(edge.to()));
        assertThat(view.output().label()).isEqualTo("log");
        assertThat(view.nodes()).extracting(GraphNode::label).containsExactly("a", "b", "*", "^2", "+", "log");
        assertThat(view.nodes()).extracting(GraphNode::value).containsExactly(2.0, 3.0, 6.0, 4.0, 10.0, Math.log(10));
    }

    @Test
    void edges_carry_the_local_derivative_of_their_operation() {
        Node a = Node.variable("a", 2.0);
        Node b = Node.variable("b", 3.0);
        GraphView view = a.mul(b).graph();
        // ∂(ab)/∂a = b = 3 and ∂(ab)/∂b = a = 2.
        assertThat(view.edges())
                .extracting(Edge::from, Edge::to, Edge::localDerivative)
                .containsExactly(tuple(0, 2, 3.0), tuple(1, 2, 2.0));
    }

    @Test
    void an_operand_used_twice_has_two_edges() {
        Node x = Node.variable("x", 3.0);
        GraphView view = x.mul(x).graph();
        assertThat(view.nodes()).hasSize(2);
        assertThat(view.edges()).extracting(Edge::from, Edge::to).containsExactly(tuple(0, 1), tuple(0, 1));
    }

    @Test
    void a_snapshot_keeps_the_gradients_of_its_moment() {
        Node x = Node.variable("x", 3.0);
        Node square = x.pow(2);
        GraphView before = square.graph();
        square.backward();
        GraphView after = square.graph();
        assertThat(before.nodes()).extracting(GraphNode::grad).containsExactly(0.0, 0.0);
        assertThat(after.nodes()).extracting(GraphNode::grad).containsExactly(6.0, 1.0);
        assertThat(after.nodes())
                .extracting(GraphNode::operation)
                .containsExactly(Operation.VARIABLE, Operation.POW_CONSTANT);
    }
}
