package org.gradientlab.engine.expr;

/**
 * A light algebraic simplifier, enough to show a derivative the way a person would write it:
 * {@code 3*x^2}, not {@code 3*x^(3-1)*1}. Rules: constant folding when the double result is exact
 * ({@code 2*3} → 6, {@code 1/4} → 0.25, but {@code 1/3} and {@code 0.1+0.2} stay as written) and
 * calls on constants whose value is a whole number ({@code exp(0)} → 1); the identities of 0 and 1;
 * {@code -(-u)} → u; {@code u - u} → 0, {@code u/u} → 1, {@code u + u} → 2u; signs pulled to the
 * front ({@code x*(-y)} → {@code -x*y}, {@code a/(-b)} → {@code -a/b}, {@code a + (-b)} →
 * {@code a - b}, {@code -(a - b)} → {@code b - a}); {@code (a + b) - b} → a; {@code log(e)} → 1;
 * whole-number ratios of leading coefficients ({@code 2x/(2y)} → {@code x/y}); products flattened with
 * their constant factors in front and equal bases merged ({@code x*x^2} → {@code x^3}).
 *
 * <p>Where the original is defined the simplified tree has the same value up to rounding (products
 * may be regrouped). It may be defined where the original is not: {@code 0*log(x)} → 0 and
 * {@code x/x} → 1 also at x = 0. The output reads back from its text as the same tree.
 */
public final class Simplifier {

    static final Expr ZERO = new Expr.Num(0);
    static final Expr ONE = new Expr.Num(1);
    static final Expr TWO = new Expr.Num(2);

    private Simplifier() {}

    /** The simplified form of {@code tree}. */
    public static Expr simplify(Expr tree) {
        Expr current = tree;
        for (int pass = 0; pass < 8; pass++) {
            Expr next = once(current);
            if (next.equals(current)) {
                return next;
            }
            current = next;
        }
        return current;
    }

    private static Expr once(Expr tree) {
        return switch (tree) {
            case Expr.Num n -> num(n.value());
            case Expr.Const c -> c;
            case Expr.Var v -> v;
            case Expr.Neg n -> neg(once(n.operand()));
            case Expr.Call c -> call(c.function(), once(c.argument()));
            case Expr.Binary b -> binary(b.op(), once(b.left()), once(b.right()));
        };
    }

    static Expr binary(Expr.BinaryOp op, Expr a, Expr b) {
        return switch (op) {
            case ADD -> add(a, b);
            case SUB -> sub(a, b);
            case MUL -> mul(a, b);
            case DIV -> div(a, b);
            case POW -> pow(a, b);
        };
    }

    /** A literal in canonical form: a negative value is a negation of a positive literal. */
    static Expr num(double value) {
        if (value == 0 || Double.isNaN(value) || !Numbers.negative(value)) {
            return new Expr.Num(value == 0 ? 0.0 : value);
        }
        return new Expr.Neg(new Expr.Num(-value));
    }

    static Expr neg(Expr a) {
        Double c = Exact.constant(a);
        if (c != null) {
            return num(-c);
        }
        return switch (a) {
            case Expr.Neg n -> n.operand();
            case Expr.Binary b when b.op() == Expr.BinaryOp.SUB -> sub(b.right(), b.left());
            case Expr.Binary b when b.op() == Expr.BinaryOp.MUL -> mul(new Expr.Neg(ONE), a);
            default -> new Expr.Neg(a);
        };
    }

    static Expr add(Expr a, Expr b) {
        Double ca = Exact.constant(a);
        Double cb = Exact.constant(b);
        if (ca != null && cb != null) {
            Double sum = Exact.fold(Expr.BinaryOp.ADD, ca, cb);
            if (sum != null) {
                return num(sum);
            }
        }
        if (isZero(a)) {
            return b;
        }
        if (isZero(b)) {
            return a;
        }
        Expr positiveB = withoutLeadingMinus(b);
        if (positiveB != null) {
            return sub(a, positiveB);
        }
        Expr positiveA = withoutLeadingMinus(a);
        if (positiveA != null) {
            return sub(b, positiveA);
        }
        if (a.equals(b)) {
            return mul(TWO, a);
        }
        if (a instanceof Expr.Binary s
                && s.op() == Expr.BinaryOp.SUB
                && s.right().equals(b)) {
            return s.left();
        }
        return new Expr.Binary(Expr.BinaryOp.ADD, a, b);
    }

    static Expr sub(Expr a, Expr b) {
        Double ca = Exact.constant(a);
        Double cb = Exact.constant(b);
        if (ca != null && cb != null) {
            Double difference = Exact.fold(Expr.BinaryOp.SUB, ca, cb);
            if (difference != null) {
                return num(difference);
            }
        }
        if (isZero(b)) {
            return a;
        }
        if (isZero(a)) {
            return neg(b);
        }
        if (a.equals(b)) {
            return ZERO;
        }
        if (a instanceof Expr.Binary s
                && s.op() == Expr.BinaryOp.ADD
                && s.right().equals(b)) {
            return s.left();
        }
        if (a instanceof Expr.Binary s
                && s.op() == Expr.BinaryOp.ADD
                && s.left().equals(b)) {
            return s.right();
        }
        Expr positiveB = withoutLeadingMinus(b);
        if (positiveB != null) {
            return add(a, positiveB);
        }
        return new Expr.Binary(Expr.BinaryOp.SUB, a, b);
    }

    static Expr mul(Expr a, Expr b) {
        Product product = new Product();
        product.multiply(a);
        product.multiply(b);
        return product.build();
    }

    static Expr div(Expr a, Expr b) {
        Double ca = Exact.constant(a);
        Double cb = Exact.constant(b);
        if (ca != null && cb != null) {
            Double quotient = Exact.fold(Expr.BinaryOp.DIV, ca, cb);
            if (quotient != null) {
                return num(quotient);
            }
        }
        if (isOne(b)) {
            return a;
        }
        if (isZero(a)) {
            return ZERO;
        }
        if (a.equals(b)) {
            return ONE;
        }
        if (cb != null && cb == -1) {
            return neg(a);
        }
        Expr positiveB = withoutLeadingMinus(b);
        if (positiveB != null) {
            return div(neg(a), positiveB);
        }
        Expr.Binary top = ca != null ? new Expr.Binary(Expr.BinaryOp.MUL, a, ONE) : leadingCoefficient(a);
        Expr.Binary bottom = cb != null ? new Expr.Binary(Expr.BinaryOp.MUL, b, ONE) : leadingCoefficient(b);
        if (top != null && bottom != null) {
            Double ratio = Exact.fold(Expr.BinaryOp.DIV, Exact.constant(top.left()), Exact.constant(bottom.left()));
            if (ratio != null && ratio == Math.rint(ratio)) {
                return isOne(top.right())
                        ? div(num(ratio), bottom.right())
                        : mul(num(ratio), div(top.right(), bottom.right()));
            }
        }
        return new Expr.Binary(Expr.BinaryOp.DIV, a, b);
    }

    static Expr pow(Expr base, Expr exponent) {
        if (isZero(exponent) || isOne(base)) {
            return ONE;
        }
        if (isOne(exponent)) {
            return base;
        }
        Double cb = Exact.constant(base);
        Double ce = Exact.constant(exponent);
        if (cb != null && ce != null) {
            Double power = Exact.fold(Expr.BinaryOp.POW, cb, ce);
            if (power != null) {
                return num(power);
            }
        }
        return new Expr.Binary(Expr.BinaryOp.POW, base, exponent);
    }

    static Expr call(Expr.Function function, Expr argument) {
        if (function == Expr.Function.LOG && argument.equals(new Expr.Const(Expr.Constant.E))) {
            return ONE;
        }
        Double c = Exact.constant(argument);
        if (c != null) {
            double value = Evaluator.apply(function, c);
            boolean exact =
                    switch (function) {
                        case ABS, RELU, SIGN, STEP -> true;
                        default -> value == Math.rint(value);
                    };
            if (exact && Double.isFinite(value)) {
                return num(value);
            }
        }
        return new Expr.Call(function, argument);
    }

    /**
     * A product with a constant first factor as (constant × the rest), or null: {@code 2*x*y} →
     * {@code 2 × (x*y)}.
     */
    private static Expr.Binary leadingCoefficient(Expr tree) {
        if (!(tree instanceof Expr.Binary b) || b.op() != Expr.BinaryOp.MUL) {
            return null;
        }
        if (Exact.constant(b.left()) != null) {
            return b;
        }
        Expr.Binary inner = leadingCoefficient(b.left());
        return inner == null ? null : new Expr.Binary(Expr.BinaryOp.MUL, inner.left(), mul(inner.right(), b.right()));
    }

    /**
     * {@code tree} without the minus sign it prints with ({@code -u}, a negative literal, a product or
     * quotient that starts with one), or null when it has none.
     */
    private static Expr withoutLeadingMinus(Expr tree) {
        Double c = Exact.constant(tree);
        if (c != null) {
            return Numbers.negative(c) && c != 0 ? num(-c) : null;
        }
        return switch (tree) {
            case Expr.Neg n -> n.operand();
            case Expr.Binary b
            when b.op() == Expr.BinaryOp.MUL || b.op() == Expr.BinaryOp.DIV -> {
                Expr left = withoutLeadingMinus(b.left());
                yield left == null ? null : new Expr.Binary(b.op(), left, b.right());
            }
            default -> null;
        };
    }

    static boolean isZero(Expr tree) {
        Double c = Exact.constant(tree);
        return c != null && c == 0;
    }

    static boolean isOne(Expr tree) {
        Double c = Exact.constant(tree);
        return c != null && c == 1;
    }
}
