package org.gradientlab.engine.autodiff;

import java.util.List;
import java.util.SplittableRandom;
import org.gradientlab.engine.expr.Expr;
import org.gradientlab.engine.expr.Expr.BinaryOp;
import org.gradientlab.engine.expr.Expr.Function;

/**
 * Random expression trees over given variables from a seeded {@link SplittableRandom}: every operator and
 * function of the language, constant and variable exponents, shared variables (fan-out). Trees are not
 * filtered: some are undefined or non-smooth at some points, and the property tests skip those points.
 */
public final class RandomTrees {

    private static final double[] EXPONENTS = {2, 3, 4, -1, -2, 0.5, 1.5, -0.5, 0, 1, 7};

    private final SplittableRandom random;
    private final List<String> variables;

    public RandomTrees(long seed, List<String> variables) {
        this.random = new SplittableRandom(seed);
        this.variables = List.copyOf(variables);
    }

    /** A tree of at most the given depth; leaves are numbers, constants and (mostly) variables. */
    public Expr next(int depth) {
        if (depth <= 0 || random.nextInt(10) < 2) {
            return leaf();
        }
        return switch (random.nextInt(9)) {
            case 0 -> new Expr.Neg(next(depth - 1));
            case 1, 2 -> new Expr.Call(function(), next(depth - 1));
            case 3 -> power(depth);
            default -> new Expr.Binary(arithmetic(), next(depth - 1), next(depth - 1));
        };
    }

    private Expr power(int depth) {
        Expr base = next(depth - 1);
        return switch (random.nextInt(4)) {
            case 0 -> new Expr.Binary(BinaryOp.POW, base, new Expr.Num(EXPONENTS[random.nextInt(EXPONENTS.length)]));
            // A variable exponent on a positive base (0.5 + σ(t) > 0) is defined everywhere.
            case 1 ->
                new Expr.Binary(
                        BinaryOp.POW,
                        new Expr.Binary(BinaryOp.ADD, new Expr.Num(0.5), new Expr.Call(Function.SIGMOID, base)),
                        next(depth - 1));
            case 2 -> new Expr.Binary(BinaryOp.POW, new Expr.Const(Expr.Constant.E), next(depth - 1));
            default -> new Expr.Binary(BinaryOp.POW, base, next(depth - 1));
        };
    }

    private Expr leaf() {
        int kind = random.nextInt(10);
        if (kind < 6) {
            return new Expr.Var(variables.get(random.nextInt(variables.size())));
        }
        if (kind == 6) {
            return new Expr.Const(random.nextBoolean() ? Expr.Constant.PI : Expr.Constant.E);
        }
        return new Expr.Num(Math.round(random.nextDouble(-3.0, 3.0) * 4.0) / 4.0);
    }

    private BinaryOp arithmetic() {
        return switch (random.nextInt(4)) {
            case 0 -> BinaryOp.ADD;
            case 1 -> BinaryOp.SUB;
            case 2 -> BinaryOp.MUL;
            default -> BinaryOp.DIV;
        };
    }

    private Function function() {
        Function[] all = Function.values();
        return all[random.nextInt(all.length)];
    }

    /** A point with coordinates uniform in [-2, 2). */
    public double[] point() {
        double[] x = new double[variables.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextDouble(-2.0, 2.0);
        }
        return x;
    }
}
