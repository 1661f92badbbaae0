package org.gradientlab.engine.autodiff;

import org.gradientlab.engine.expr.Expr;
import org.gradientlab.engine.expr.Expr.Binary;
import org.gradientlab.engine.expr.Expr.BinaryOp;
import org.gradientlab.engine.expr.Expr.Call;
import org.gradientlab.engine.expr.Expr.Function;

/** Short builders for expression trees in tests, so a case reads close to its formula. */
public final class Trees {

    private Trees() {}

    public static Expr v(String name) {
        return new Expr.Var(name);
    }

    public static Expr n(double value) {
        return new Expr.Num(value);
    }

    public static Expr neg(Expr a) {
        return new Expr.Neg(a);
    }

    public static Expr add(Expr a, Expr b) {
        return new Binary(BinaryOp.ADD, a, b);
    }

    public static Expr sub(Expr a, Expr b) {
        return new Binary(BinaryOp.SUB, a, b);
    }

    public static Expr mul(Expr a, Expr b) {
        return new Binary(BinaryOp.MUL, a, b);
    }

    public static Expr div(Expr a, Expr b) {
        return new Binary(BinaryOp.DIV, a, b);
    }

    public static Expr pow(Expr a, Expr b) {
        return new Binary(BinaryOp.POW, a, b);
    }

    public static Expr pow(Expr a, double k) {
        return pow(a, n(k));
    }

    public static Expr call(Function function, Expr a) {
        return new Call(function, a);
    }

    /** Rosenbrock's function (1 - x)² + 100(y - x²)². */
    public static Expr rosenbrock() {
        Expr x = v("x");
        Expr y = v("y");
        return add(pow(sub(n(1), x), 2), mul(n(100), pow(sub(y, pow(x, 2)), 2)));
    }

    /** The course's cubic x³ - 2x + 1. */
    public static Expr cubic() {
        Expr x = v("x");
        return add(sub(pow(x, 3), mul(n(2), x)), n(1));
    }
}
