package org.gradientlab.engine.expr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Seeded random expression trees over chosen variables, using every operator and the chosen
 * functions, for property tests across the engine. The trees are in the parser's canonical form:
 * literals are finite and not negative (a negative number is a {@link Expr.Neg}), and a literal
 * exponent is small (0 … 4, ½ or 1½), so {@code ExpressionParser.parse(TextPrinter.print(tree))}
 * gives the tree back. The same seed gives the same trees.
 *
 * <pre>
 * RandomExpressions random = new RandomExpressions(42, Variables.of("x", "y"));
 * Expr tree = random.next(4);   // depth at most 4
 * </pre>
 */
public final class RandomExpressions {

    /** The functions that are differentiable wherever they are defined. */
    public static final Set<Expr.Function> SMOOTH = EnumSet.complementOf(
            EnumSet.of(Expr.Function.ABS, Expr.Function.RELU, Expr.Function.SIGN, Expr.Function.STEP));

    private static final double[] SMALL_EXPONENTS = {0, 1, 2, 3, 4, 0.5, 1.5};
    private static final double[] NICE = {0.5, 1.5, 2.5, 0.25, 0.1, 0.001, 10, 100};
    private static final double[] EXTREME = {1e-7, 3.5e20, 1.25e-12, 6.02e23};

    private final SplittableRandom random;
    private final List<String> variables;
    private final List<Expr.Function> functions;

    /** Trees over these variables with every function. */
    public RandomExpressions(long seed, Variables variables) {
        this(seed, variables, EnumSet.allOf(Expr.Function.class));
    }

    /** Trees over these variables with only these functions (none: polynomials and quotients only). */
    public RandomExpressions(long seed, Variables variables, Collection<Expr.Function> functions) {
        if (variables.size() == 0) {
            throw new IllegalArgumentException("at least one variable is needed");
        }
        this.random = new SplittableRandom(seed);
        this.variables = variables.names();
        this.functions = new ArrayList<>(functions);
    }

    /** A tree of depth at most {@code maxDepth} (a leaf has depth 0). */
    public Expr next(int maxDepth) {
        return node(maxDepth, false);
    }

    /** A coordinate in [-range, range]. */
    public double coordinate(double range) {
        return (2 * random.nextDouble() - 1) * range;
    }

    /** The underlying random source, for tests that need more draws from the same seed. */
    public SplittableRandom random() {
        return random;
    }

    private Expr node(int depth, boolean exponent) {
        int roll = random.nextInt(100);
        if (depth == 0 || roll < 15) {
            return leaf(exponent);
        }
        if (roll < 25) {
            return new Expr.Neg(node(depth - 1, exponent));
        }
        if (roll < 70 || functions.isEmpty()) {
            Expr.BinaryOp op = Expr.BinaryOp.values()[random.nextInt(Expr.BinaryOp.values().length)];
            Expr left = node(depth - 1, false);
            Expr right = node(depth - 1, op == Expr.BinaryOp.POW);
            return new Expr.Binary(op, left, right);
        }
        Expr.Function f = functions.get(random.nextInt(functions.size()));
        return new Expr.Call(f, node(depth - 1, false));
    }

    private Expr leaf(boolean exponent) {
        int roll = random.nextInt(100);
        if (roll < 40) {
            return new Expr.Var(variables.get(random.nextInt(variables.size())));
        }
        if (roll < 52) {
            return new Expr.Const(random.nextBoolean() ? Expr.Constant.PI : Expr.Constant.E);
        }
        return new Expr.Num(exponent ? pick(SMALL_EXPONENTS) : number());
    }

    private double number() {
        int roll = random.nextInt(100);
        if (roll < 55) {
            return random.nextInt(10);
        }
        if (roll < 80) {
            return pick(NICE);
        }
        if (roll < 95) {
            return random.nextDouble() * 10;
        }
        return pick(EXTREME);
    }

    private double pick(double[] values) {
        return values[random.nextInt(values.length)];
    }
}
