package org.gradientlab.engine.autodiff;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gradientlab.engine.expr.Expr;

/**
 * The computation graph of an expression at given variable values: one {@link Node} per operation as typed,
 * and one shared leaf per variable, so a variable used twice receives both contributions (fan-out). A power
 * whose exponent contains no variable ({@code x^2}, {@code x^(1/2)}) becomes a single {@code ^k} node.
 *
 * @param output the node of the whole expression; call {@link Node#backward()} on it
 * @param variables the leaf of each variable given a value, in the order of the value map
 */
public record ExpressionGraph(Node output, Map<String, Node> variables) {

    public ExpressionGraph {
        variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }

    /**
     * Builds the graph of {@code expr} with the given values.
     *
     * @throws AutodiffException {@code UNBOUND_VARIABLE} when the expression uses a variable without a value
     */
    public static ExpressionGraph of(Expr expr, Map<String, Double> values) {
        Map<String, Node> leaves = new LinkedHashMap<>();
        values.forEach((name, value) -> leaves.put(name, Node.variable(name, value)));
        return new ExpressionGraph(build(expr, leaves), leaves);
    }

    private static Node build(Expr expr, Map<String, Node> leaves) {
        return switch (expr) {
            case Expr.Num n -> Node.constant(n.value());
            case Expr.Const c ->
                Node.constant(c.constant().symbol(), c.constant().value());
            case Expr.Var v -> {
                Node leaf = leaves.get(v.name());
                if (leaf == null) {
                    throw new AutodiffException(AutodiffException.Key.UNBOUND_VARIABLE, v.name());
                }
                yield leaf;
            }
            case Expr.Neg n -> build(n.operand(), leaves).neg();
            case Expr.Binary b
            when b.op() == Expr.BinaryOp.POW && !usesVariables(b.right()) ->
                build(b.left(), leaves).pow(build(b.right(), leaves).value());
            case Expr.Binary b -> {
                Node left = build(b.left(), leaves);
                Node right = build(b.right(), leaves);
                yield switch (b.op()) {
                    case ADD -> left.add(right);
                    case SUB -> left.sub(right);
                    case MUL -> left.mul(right);
                    case DIV -> left.div(right);
                    case POW -> left.pow(right);
                };
            }
            case Expr.Call c -> {
                Node argument = build(c.argument(), leaves);
                yield switch (c.function()) {
                    case SIN -> argument.sin();
                    case COS -> argument.cos();
                    case TAN -> argument.tan();
                    case EXP -> argument.exp();
                    case LOG -> argument.log();
                    case SQRT -> argument.sqrt();
                    case ABS -> argument.abs();
                    case TANH -> argument.tanh();
                    case SIGMOID -> argument.sigmoid();
                    case RELU -> argument.relu();
                    case SIGN -> argument.sign();
                    case STEP -> argument.step();
                };
            }
        };
    }

    static boolean usesVariables(Expr expr) {
        return switch (expr) {
            case Expr.Num n -> false;
            case Expr.Const c -> false;
            case Expr.Var v -> true;
            case Expr.Neg n -> usesVariables(n.operand());
            case Expr.Binary b -> usesVariables(b.left()) || usesVariables(b.right());
            case Expr.Call c -> usesVariables(c.argument());
        };
    }

    /** Runs the backward pass from the output (gradients accumulate, see {@link Node#backward()}). */
    public void backward() {
        output.backward();
    }

    /** Sets every gradient in the graph to 0. */
    public void zeroGrad() {
        output.zeroGrad();
    }

    /** The accumulated gradient ∂output/∂name; 0 for a variable the expression does not use. */
    public double gradient(String name) {
        Node leaf = variables.get(name);
        if (leaf == null) {
            throw new AutodiffException(AutodiffException.Key.UNBOUND_VARIABLE, name);
        }
        return leaf.grad();
    }

    /** The forward value of the expression. */
    public double value() {
        return output.value();
    }
}
