package org.gradientlab.engine.expr;

/**
 * Writes a tree as plain text that {@link ExpressionParser} reads back to the same tree: explicit
 * {@code *}, {@code ^} for powers, spaces around {@code +} and {@code -}, and parentheses only where
 * the structure needs them, plus around a negation that follows an operator ({@code x*(-y)},
 * {@code x^(-1)}) for readability. A negative literal prints as a negation ({@code -2}), which reads
 * back as {@code Neg(Num 2)}: the same value, not the same node. Non-finite literals print as
 * {@code (1/0)}, {@code (-1/0)} and {@code (0/0)}.
 */
public final class TextPrinter {

    private static final int SUM = 1;
    private static final int PRODUCT = 2;
    private static final int UNARY = 3;
    private static final int POWER = 4;
    private static final int ATOM = 5;

    private final Variables variables;

    private TextPrinter(Variables variables) {
        this.variables = variables;
    }

    /** {@code tree} as text, for the default variables. */
    public static String print(Expr tree) {
        return print(tree, Variables.DEFAULT);
    }

    /**
     * {@code tree} as text to be read with {@code variables}: when a declared variable shadows a
     * constant, pi prints as {@code π} and e as {@code exp(1)}.
     */
    public static String print(Expr tree, Variables variables) {
        return new TextPrinter(variables).text(tree);
    }

    private String text(Expr tree) {
        return switch (tree) {
            case Expr.Num n -> number(n.value());
            case Expr.Const c -> constant(c.constant());
            case Expr.Var v -> v.name();
            case Expr.Neg n -> "-" + wrap(n.operand(), POWER);
            case Expr.Call c -> c.function().symbol() + "(" + text(c.argument()) + ")";
            case Expr.Binary b -> binary(b);
        };
    }

    private String binary(Expr.Binary b) {
        return switch (b.op()) {
            case ADD, SUB -> wrap(b.left(), SUM) + " " + b.op().symbol() + " " + right(b.right(), SUM);
            case MUL, DIV -> wrap(b.left(), PRODUCT) + b.op().symbol() + right(b.right(), PRODUCT);
            case POW -> wrap(b.left(), ATOM) + "^" + wrap(b.right(), POWER);
        };
    }

    /** The right operand of a left-associative operator: same level needs parentheses, as does a sign. */
    private String right(Expr operand, int level) {
        return precedence(operand) <= level || precedence(operand) == UNARY ? "(" + text(operand) + ")" : text(operand);
    }

    private String wrap(Expr operand, int atLeast) {
        return precedence(operand) < atLeast ? "(" + text(operand) + ")" : text(operand);
    }

    private String number(double value) {
        if (Double.isNaN(value)) {
            return "(0/0)";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "(1/0)" : "(-1/0)";
        }
        return Numbers.negative(value) ? "-" + Numbers.plain(-value) : Numbers.plain(value);
    }

    private String constant(Expr.Constant constant) {
        if (!variables.contains(constant.symbol())) {
            return constant.symbol();
        }
        return constant == Expr.Constant.PI ? "π" : "exp(1)";
    }

    private static int precedence(Expr tree) {
        return switch (tree) {
            case Expr.Num n ->
                Numbers.negative(n.value()) && !Double.isNaN(n.value()) && !Double.isInfinite(n.value()) ? UNARY : ATOM;
            case Expr.Const c -> ATOM;
            case Expr.Var v -> ATOM;
            case Expr.Call c -> ATOM;
            case Expr.Neg n -> UNARY;
            case Expr.Binary b ->
                switch (b.op()) {
                    case ADD, SUB -> SUM;
                    case MUL, DIV -> PRODUCT;
                    case POW -> POWER;
                };
        };
    }
}
