package org.gradientlab.engine.autodiff;

import java.util.List;

/**
 * A scalar in a computation graph, differentiated in reverse mode (as micrograd's {@code Value}). Each node
 * keeps the operation that produced it, its forward value, its parents, the local derivatives
 * ∂self/∂parent computed together with the value, and the accumulated gradient ∂root/∂self.
 *
 * <p>{@link #backward()} applies the chain rule from this node to every node it depends on, in reverse
 * topological order, and <em>adds</em> the result to each node's gradient, as PyTorch does: calling it twice
 * without {@link #zeroGrad()} doubles every gradient. A node used several times (fan-out) receives the sum
 * of the contributions of all its uses.
 *
 * <p>Values are fixed when a node is created; graphs are not thread-safe.
 */
public final class Node {

    private static final Node[] NO_PARENTS = {};
    private static final double[] NO_DERIVATIVES = {};

    private final Operation operation;
    private final String label;
    private final double value;
    private final Node[] parents;
    private final double[] localDerivatives;
    private double grad;
    /** This backward pass's ∂root/∂self, kept apart from {@link #grad} so repeated passes add exactly. */
    private double adjoint;

    private Node(Operation operation, String label, double value, Node[] parents, double[] localDerivatives) {
        this.operation = operation;
        this.label = label;
        this.value = value;
        this.parents = parents;
        this.localDerivatives = localDerivatives;
    }

    /** A leaf to differentiate with respect to. */
    public static Node variable(String name, double value) {
        return new Node(Operation.VARIABLE, name, value, NO_PARENTS, NO_DERIVATIVES);
    }

    /** A constant leaf, labelled with its value. */
    public static Node constant(double value) {
        return constant(NumberLabels.format(value), value);
    }

    /** A constant leaf with a name such as {@code pi}. */
    public static Node constant(String label, double value) {
        return new Node(Operation.CONSTANT, label, value, NO_PARENTS, NO_DERIVATIVES);
    }

    private Node unary(Operation op, String opLabel, double result, double derivative) {
        return new Node(op, opLabel, result, new Node[] {this}, new double[] {derivative});
    }

    private Node unary(Operation op, double result, double derivative) {
        return unary(op, op.symbol(), result, derivative);
    }

    private Node binary(Operation op, Node other, double result, double derivativeSelf, double derivativeOther) {
        return new Node(
                op, op.symbol(), result, new Node[] {this, other}, new double[] {derivativeSelf, derivativeOther});
    }

    // Primitives: the forward value, then the local derivative with respect to each parent.

    /** {@code a + b}; ∂/∂a = 1, ∂/∂b = 1. */
    public Node add(Node other) {
        return binary(Operation.ADD, other, value + other.value, 1.0, 1.0);
    }

    /** {@code a · b}; ∂/∂a = b, ∂/∂b = a. */
    public Node mul(Node other) {
        return binary(Operation.MUL, other, value * other.value, other.value, value);
    }

    /** {@code -a}; d/da = -1. */
    public Node neg() {
        return unary(Operation.NEG, -value, -1.0);
    }

    /** {@code a^k} for a constant k; d/da = k·a^(k-1), taken as 0 when k = 0. */
    public Node pow(double k) {
        double derivative = k == 0.0 ? 0.0 : k * Math.pow(value, k - 1.0);
        return unary(Operation.POW_CONSTANT, "^" + NumberLabels.format(k), Math.pow(value, k), derivative);
    }

    /**
     * {@code a^b} with both in the graph; ∂/∂a = b·a^(b-1), ∂/∂b = a^b·ln a. As in PyTorch, ∂/∂a is 0 when
     * b = 0 and ∂/∂b is 0 when a = 0 and b ≥ 0; for a &lt; 0, ∂/∂b is NaN (a^b is not real around b).
     */
    public Node pow(Node exponent) {
        double a = value;
        double b = exponent.value;
        double result = Math.pow(a, b);
        double derivativeBase = b == 0.0 ? 0.0 : b * Math.pow(a, b - 1.0);
        double derivativeExponent = a == 0.0 && b >= 0.0 ? 0.0 : result * Math.log(a);
        return binary(Operation.POW, exponent, result, derivativeBase, derivativeExponent);
    }

    /** {@code e^a}; d/da = e^a. */
    public Node exp() {
        double e = Math.exp(value);
        return unary(Operation.EXP, e, e);
    }

    /** {@code ln a} (natural logarithm); d/da = 1/a. */
    public Node log() {
        return unary(Operation.LOG, Math.log(value), 1.0 / value);
    }

    /** {@code sin a}; d/da = cos a. */
    public Node sin() {
        return unary(Operation.SIN, Math.sin(value), Math.cos(value));
    }

    /** {@code cos a}; d/da = -sin a. */
    public Node cos() {
        return unary(Operation.COS, Math.cos(value), -Math.sin(value));
    }

    /** {@code √a}; d/da = 1/(2√a). */
    public Node sqrt() {
        double root = Math.sqrt(value);
        return unary(Operation.SQRT, root, 0.5 / root);
    }

    /** {@code |a|}; d/da = sign(a), 0 at a = 0. */
    public Node abs() {
        return unary(Operation.ABS, Math.abs(value), Math.signum(value));
    }

    /** {@code tanh a}; d/da = 1 - tanh² a. */
    public Node tanh() {
        double t = Math.tanh(value);
        return unary(Operation.TANH, t, 1.0 - t * t);
    }

    /** {@code σ(a) = 1/(1 + e^-a)}; d/da = σ(1 - σ). */
    public Node sigmoid() {
        double s = 1.0 / (1.0 + Math.exp(-value));
        return unary(Operation.SIGMOID, s, s * (1.0 - s));
    }

    /** {@code max(0, a)}; d/da = 1 for a &gt; 0, else 0 (0 at a = 0, as PyTorch). */
    public Node relu() {
        return unary(Operation.RELU, Math.max(0.0, value), value > 0.0 ? 1.0 : 0.0);
    }

    /** {@code sign a} ∈ {-1, 0, 1}; d/da = 0 away from 0, and taken as 0 at 0 (as PyTorch). */
    public Node sign() {
        return unary(Operation.SIGN, Math.signum(value), 0.0);
    }

    /** {@code step a} = 1 for a &gt; 0, else 0 (NaN stays NaN); d/da = 0, taken as 0 at 0. */
    public Node step() {
        double result = value > 0.0 ? 1.0 : value <= 0.0 ? 0.0 : Double.NaN;
        return unary(Operation.STEP, result, 0.0);
    }

    // Derived operations, built from the primitives so the graph shows how they decompose.

    /** {@code a - b = a + (-b)}. */
    public Node sub(Node other) {
        return add(other.neg());
    }

    /** {@code a / b = a · b^-1}. */
    public Node div(Node other) {
        return mul(other.pow(-1.0));
    }

    /** {@code tan a = sin a / cos a}. */
    public Node tan() {
        return sin().div(cos());
    }

    /** {@code a + c} with a constant leaf c. */
    public Node add(double c) {
        return add(constant(c));
    }

    /** {@code a - c} with a constant leaf c. */
    public Node sub(double c) {
        return sub(constant(c));
    }

    /** {@code a · c} with a constant leaf c. */
    public Node mul(double c) {
        return mul(constant(c));
    }

    /** {@code a / c} with a constant leaf c. */
    public Node div(double c) {
        return div(constant(c));
    }

    /**
     * Adds ∂this/∂n to the gradient of every node n this node depends on (and 1 to its own), by the chain
     * rule in reverse topological order. Gradients accumulate across calls until {@link #zeroGrad()}.
     */
    public void backward() {
        List<Node> order = topologicalOrder();
        for (Node n : order) {
            n.adjoint = 0.0;
        }
        adjoint = 1.0;
        for (int i = order.size() - 1; i >= 0; i--) {
            Node n = order.get(i);
            for (int k = 0; k < n.parents.length; k++) {
                n.parents[k].adjoint += n.localDerivatives[k] * n.adjoint;
            }
        }
        for (Node n : order) {
            n.grad += n.adjoint;
        }
    }

    /** Sets the gradient of this node and of every node it depends on to 0. */
    public void zeroGrad() {
        for (Node n : topologicalOrder()) {
            n.grad = 0.0;
        }
    }

    List<Node> topologicalOrder() {
        return TopologicalOrder.of(this);
    }

    /** A snapshot of the graph ending at this node (values and current gradients), for display. */
    public GraphView graph() {
        return GraphView.of(this);
    }

    public Operation operation() {
        return operation;
    }

    /** The variable's name, the constant's label, or the operation's symbol ({@code ^2} for a power). */
    public String label() {
        return label;
    }

    /** The forward value. */
    public double value() {
        return value;
    }

    /** The accumulated gradient ∂root/∂self of the backward passes since the last {@link #zeroGrad()}. */
    public double grad() {
        return grad;
    }

    /** The operands, in order. */
    public List<Node> parents() {
        return List.of(parents);
    }

    int parentCount() {
        return parents.length;
    }

    Node parent(int index) {
        return parents[index];
    }

    /** ∂self/∂parent for each parent, in the order of {@link #parents()}. */
    public double localDerivative(int parentIndex) {
        return localDerivatives[parentIndex];
    }

    @Override
    public String toString() {
        return "Node[" + label + ", value=" + value + ", grad=" + grad + "]";
    }
}
