package org.gradientlab.engine.autodiff;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A read-only snapshot of a computation graph for drawing: nodes in topological order (every node after its
 * parents, the output last) and the edges from each operand to the node that uses it. A node used twice by
 * the same operation ({@code x * x}) has two edges to it. Values and gradients are those at the time of the
 * snapshot; take a new one after {@link Node#backward()}.
 *
 * @param nodes the nodes; a node's {@code id} is its index in this list
 * @param edges one edge per operand of every operation
 */
public record GraphView(List<GraphNode> nodes, List<Edge> edges) {

    /** One node as drawn: its id, operation, label, forward value and accumulated gradient. */
    public record GraphNode(int id, Operation operation, String label, double value, double grad) {}

    /**
     * Data flows from {@code from} (an operand) to {@code to}; {@code localDerivative} is ∂to/∂from, the
     * factor the chain rule multiplies along this edge.
     */
    public record Edge(int from, int to, double localDerivative) {}

    public GraphView {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    static GraphView of(Node output) {
        List<Node> order = output.topologicalOrder();
        Map<Node, Integer> ids = new IdentityHashMap<>();
        List<GraphNode> nodes = new ArrayList<>(order.size());
        List<Edge> edges = new ArrayList<>();
        for (Node n : order) {
            int id = nodes.size();
            ids.put(n, id);
            nodes.add(new GraphNode(id, n.operation(), n.label(), n.value(), n.grad()));
            List<Node> parents = n.parents();
            for (int k = 0; k < parents.size(); k++) {
                edges.add(new Edge(ids.get(parents.get(k)), id, n.localDerivative(k)));
            }
        }
        return new GraphView(nodes, edges);
    }

    /** The output node (the last one). */
    public GraphNode output() {
        return nodes.getLast();
    }
}
