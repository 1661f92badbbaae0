package org.gradientlab.engine.expr;

import java.util.SplittableRandom;

/**
 * How much rounding can move a tree's value at a point, measured the Monte Carlo arithmetic way:
 * evaluate several times with every operation's result perturbed by a random relative error of up to
 * {@value #RELATIVE} (a few ulps) and take the spread. Where the spread is large the point is
 * ill-conditioned and a difference of that size between two correct computations is expected.
 */
final class NoisyEvaluation {

    static final double RELATIVE = 1e-15;
    private static final int RUNS = 8;

    private NoisyEvaluation() {}

    /** max − min over the perturbed runs; NaN when any run is not finite. */
    static double spread(Expr tree, Variables variables, double[] point, SplittableRandom random) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int run = 0; run < RUNS; run++) {
            double value = noisy(tree, variables, point, random);
            if (!Double.isFinite(value)) {
                return Double.NaN;
            }
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        return max - min;
    }

    private static double noisy(Expr tree, Variables variables, double[] point, SplittableRandom random) {
        double exact =
                switch (tree) {
                    case Expr.Num n -> n.value();
                    case Expr.Const c -> c.constant().value();
                    case Expr.Var v -> point[variables.indexOf(v.name())];
                    case Expr.Neg n -> -noisy(n.operand(), variables, point, random);
                    case Expr.Binary b ->
                        Evaluator.apply(
                                b.op(),
                                noisy(b.left(), variables, point, random),
                                noisy(b.right(), variables, point, random));
                    case Expr.Call c -> Evaluator.apply(c.function(), noisy(c.argument(), variables, point, random));
                };
        return exact * (1 + (2 * random.nextDouble() - 1) * RELATIVE);
    }
}
