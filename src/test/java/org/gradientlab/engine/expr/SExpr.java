package org.gradientlab.engine.expr;

/**
 * A compact S-expression form of a tree for tests, written independently of the production printers:
 * {@code (* 2 (^ x 2))}, {@code (neg x)}, {@code (sin x)}, constants as {@code #pi} and {@code #e}.
 */
final class SExpr {

    private SExpr() {}

    static String of(Expr tree) {
        return switch (tree) {
            case Expr.Num n ->
                n.value() == Math.rint(n.value()) && Math.abs(n.value()) < 1e15
                        ? Long.toString((long) n.value())
                        : Double.toString(n.value());
            case Expr.Const c -> "#" + c.constant().symbol();
            case Expr.Var v -> v.name();
            case Expr.Neg n -> "(neg " + of(n.operand()) + ")";
            case Expr.Binary b -> "(" + b.op().symbol() + " " + of(b.left()) + " " + of(b.right()) + ")";
            case Expr.Call c -> "(" + c.function().symbol() + " " + of(c.argument()) + ")";
        };
    }
}
