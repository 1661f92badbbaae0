package org.gradientlab.engine.expr;

/** Measurements of trees for tests. */
final class Trees {

    private Trees() {}

    /** The number of edges on the longest path from the root to a leaf (a leaf has height 0). */
    static int height(Expr tree) {
        return switch (tree) {
            case Expr.Num n -> 0;
            case Expr.Const c -> 0;
            case Expr.Var v -> 0;
            case Expr.Neg n -> 1 + height(n.operand());
            case Expr.Call c -> 1 + height(c.argument());
            case Expr.Binary b -> 1 + Math.max(height(b.left()), height(b.right()));
        };
    }

    /** Whether every subtree of {@code tree} has a finite value at {@code point}: nothing overflowed. */
    static boolean finiteThroughout(Expr tree, Variables variables, double[] point) {
        boolean children =
                switch (tree) {
                    case Expr.Neg n -> finiteThroughout(n.operand(), variables, point);
                    case Expr.Call c -> finiteThroughout(c.argument(), variables, point);
                    case Expr.Binary b ->
                        finiteThroughout(b.left(), variables, point) && finiteThroughout(b.right(), variables, point);
                    default -> true;
                };
        return children && Double.isFinite(Evaluator.evaluate(tree, variables, point));
    }
}
