package org.gradientlab.engine.expr;

import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Evaluates a tree at a point in IEEE double arithmetic. Undefined results are returned, not thrown:
 * log(-1) is NaN, 1/0 is Infinity. Semantics: log is the natural logarithm; x^y is
 * {@link Math#pow}; sigmoid(x) = 1/(1 + e^(-x)); relu(x) = max(0, x); sign(x) ∈ {-1, 0, 1};
 * step(x) = 1 for x &gt; 0, else 0. NaN stays NaN through every function.
 *
 * <p>Use {@link #evaluate(Expr, Map)} for a single value by name, and {@link #compile} to evaluate
 * one tree at many points in the coordinate order of a {@link Variables}.
 */
public final class Evaluator {

    private Evaluator() {}

    /**
     * The value of {@code tree} where each variable takes its value from {@code values}.
     *
     * @throws IllegalArgumentException when a variable of the tree has no value
     */
    public static double evaluate(Expr tree, Map<String, Double> values) {
        return switch (tree) {
            case Expr.Num n -> n.value();
            case Expr.Const c -> c.constant().value();
            case Expr.Var v -> {
                Double value = values.get(v.name());
                if (value == null) {
                    throw new IllegalArgumentException("no value for variable " + v.name());
                }
                yield value;
            }
            case Expr.Neg n -> -evaluate(n.operand(), values);
            case Expr.Binary b -> apply(b.op(), evaluate(b.left(), values), evaluate(b.right(), values));
            case Expr.Call c -> apply(c.function(), evaluate(c.argument(), values));
        };
    }

    /** The value of {@code tree} at {@code point}, whose coordinates follow {@code order}. */
    public static double evaluate(Expr tree, Variables order, double... point) {
        return compile(tree, order).applyAsDouble(point);
    }

    /**
     * {@code tree} as a function of a point whose coordinates follow {@code order}; build it once and
     * call it at many points.
     *
     * @throws IllegalArgumentException when the tree uses a variable that {@code order} lacks, or (when
     *     called) when the point's length differs from the number of variables
     */
    public static ToDoubleFunction<double[]> compile(Expr tree, Variables order) {
        ToDoubleFunction<double[]> body = closure(tree, order);
        int n = order.size();
        return point -> {
            if (point.length != n) {
                throw new IllegalArgumentException(
                        "expected " + n + " coordinates (" + order + "), got " + point.length);
            }
            return body.applyAsDouble(point);
        };
    }

    private static ToDoubleFunction<double[]> closure(Expr tree, Variables order) {
        return switch (tree) {
            case Expr.Num n -> {
                double value = n.value();
                yield point -> value;
            }
            case Expr.Const c -> {
                double value = c.constant().value();
                yield point -> value;
            }
            case Expr.Var v -> {
                int index = order.indexOf(v.name());
                if (index < 0) {
                    throw new IllegalArgumentException("variable " + v.name() + " is not among " + order);
                }
                yield point -> point[index];
            }
            case Expr.Neg n -> {
                ToDoubleFunction<double[]> operand = closure(n.operand(), order);
                yield point -> -operand.applyAsDouble(point);
            }
            case Expr.Binary b -> binary(b.op(), closure(b.left(), order), closure(b.right(), order));
            case Expr.Call c -> {
                Expr.Function function = c.function();
                ToDoubleFunction<double[]> argument = closure(c.argument(), order);
                yield point -> apply(function, argument.applyAsDouble(point));
            }
        };
    }

    private static ToDoubleFunction<double[]> binary(
            Expr.BinaryOp op, ToDoubleFunction<double[]> l, ToDoubleFunction<double[]> r) {
        return switch (op) {
            case ADD -> p -> l.applyAsDouble(p) + r.applyAsDouble(p);
            case SUB -> p -> l.applyAsDouble(p) - r.applyAsDouble(p);
            case MUL -> p -> l.applyAsDouble(p) * r.applyAsDouble(p);
            case DIV -> p -> l.applyAsDouble(p) / r.applyAsDouble(p);
            case POW -> p -> Math.pow(l.applyAsDouble(p), r.applyAsDouble(p));
        };
    }

    /** {@code left op right} in double arithmetic. */
    public static double apply(Expr.BinaryOp op, double left, double right) {
        return switch (op) {
            case ADD -> left + right;
            case SUB -> left - right;
            case MUL -> left * right;
            case DIV -> left / right;
            case POW -> Math.pow(left, right);
        };
    }

    /** {@code function(x)} in double arithmetic. */
    public static double apply(Expr.Function function, double x) {
        return switch (function) {
            case SIN -> Math.sin(x);
            case COS -> Math.cos(x);
            case TAN -> Math.tan(x);
            case EXP -> Math.exp(x);
            case LOG -> Math.log(x);
            case SQRT -> Math.sqrt(x);
            case ABS -> Math.abs(x);
            case TANH -> Math.tanh(x);
            case SIGMOID -> 1.0 / (1.0 + Math.exp(-x));
            case RELU -> Math.max(0.0, x);
            case SIGN -> Math.signum(x);
            case STEP -> x > 0 ? 1.0 : x <= 0 ? 0.0 : Double.NaN;
        };
    }
}
