package org.gradientlab.engine.expr;

import java.math.BigDecimal;

/** Constant arithmetic that the simplifier may fold because the double result is exact. */
final class Exact {

    private static final int MAX_POWER = 64;

    private Exact() {}

    /** The value of a literal or a negated literal, or null. */
    static Double constant(Expr tree) {
        return switch (tree) {
            case Expr.Num n -> n.value();
            case Expr.Neg n -> {
                Double inner = constant(n.operand());
                yield inner == null ? null : -inner;
            }
            default -> null;
        };
    }

    /** {@code a op b} when the double result equals the real result exactly, else null. */
    static Double fold(Expr.BinaryOp op, double a, double b) {
        double r = Evaluator.apply(op, a, b);
        if (!Double.isFinite(r) || !Double.isFinite(a) || !Double.isFinite(b)) {
            return null;
        }
        BigDecimal x = new BigDecimal(a);
        BigDecimal y = new BigDecimal(b);
        BigDecimal result = new BigDecimal(r);
        boolean exact =
                switch (op) {
                    case ADD -> x.add(y).compareTo(result) == 0;
                    case SUB -> x.subtract(y).compareTo(result) == 0;
                    case MUL -> x.multiply(y).compareTo(result) == 0;
                    case DIV -> b != 0 && result.multiply(y).compareTo(x) == 0;
                    case POW -> exactPower(x, b, result, r);
                };
        return exact ? r : null;
    }

    private static boolean exactPower(BigDecimal base, double exponent, BigDecimal result, double r) {
        boolean smallWhole = exponent == Math.rint(exponent) && Math.abs(exponent) <= MAX_POWER;
        boolean moderate = r == 0 || (Math.abs(r) < 1e15 && Math.abs(r) > 1e-15);
        if (!smallWhole || !moderate || base.signum() == 0 && exponent < 0) {
            return false;
        }
        BigDecimal power = base.pow((int) Math.abs(exponent));
        return exponent >= 0
                ? power.compareTo(result) == 0
                : power.multiply(result).compareTo(BigDecimal.ONE) == 0;
    }
}
