package org.gradientlab.grading;

import java.util.List;
import java.util.Optional;
import org.gradientlab.engine.expr.Expr;
import org.gradientlab.engine.expr.Expr.BinaryOp;
import org.gradientlab.engine.expr.Expr.Function;

/**
 * A function read as f = g(u(x)): the outer function g, as a template in a placeholder u, and the inner
 * function u. Recognised forms: a library function of an argument (sin u, exp u, ln u, √u …), a power uⁿ with a
 * constant exponent, and e^u. The inner function must not be x itself (then there is no chain).
 *
 * @param outer      g(u), with {@link #U} for u
 * @param derivative g'(u)
 * @param mistakes   wrong versions of g'(u) that students write (sin' = −cos, exp' = u·exp, ln' = ln, power not
 *                   lowered …)
 * @param inner      u(x)
 */
record Composition(Expr outer, Expr derivative, List<Expr> mistakes, Expr inner) {

    /** The placeholder for the inner function in the outer templates. */
    static final Expr U = new Expr.Var("u");

    static Optional<Composition> of(Expr f, String x) {
        return switch (f) {
            case Expr.Call c when chained(c.argument(), x) -> library(c.function(), c.argument());
            case Expr.Binary b
            when b.op() == BinaryOp.POW && b.right() instanceof Expr.Num n && chained(b.left(), x) ->
                Optional.of(power(n.value(), b.left()));
            case Expr.Binary b
            when b.op() == BinaryOp.POW
                    && b.left() instanceof Expr.Const k
                    && k.constant() == Expr.Constant.E
                    && chained(b.right(), x) -> library(Function.EXP, b.right());
            default -> Optional.empty();
        };
    }

    /** Whether {@code inner} is a genuine inner function of x (it depends on x and is not x itself). */
    private static boolean chained(Expr inner, String x) {
        return !(inner instanceof Expr.Var v && v.name().equals(x)) && mentions(inner, x);
    }

    private static boolean mentions(Expr e, String x) {
        return switch (e) {
            case Expr.Var v -> v.name().equals(x);
            case Expr.Neg n -> mentions(n.operand(), x);
            case Expr.Binary b -> mentions(b.left(), x) || mentions(b.right(), x);
            case Expr.Call c -> mentions(c.argument(), x);
            case Expr.Num n -> false;
            case Expr.Const c -> false;
        };
    }

    private static Optional<Composition> library(Function fn, Expr inner) {
        Expr g = call(fn, U);
        return switch (fn) {
            case SIN ->
                Optional.of(new Composition(g, call(Function.COS, U), List.of(neg(call(Function.COS, U))), inner));
            case COS ->
                Optional.of(new Composition(g, neg(call(Function.SIN, U)), List.of(call(Function.SIN, U)), inner));
            case TAN ->
                Optional.of(new Composition(g, div(num(1), pow(call(Function.COS, U), num(2))), List.of(), inner));
            case EXP ->
                Optional.of(new Composition(
                        g,
                        call(Function.EXP, U),
                        List.of(mul(U, call(Function.EXP, U)), mul(U, call(Function.EXP, sub(U, num(1))))),
                        inner));
            case LOG -> Optional.of(new Composition(g, div(num(1), U), List.of(call(Function.LOG, U)), inner));
            case SQRT ->
                Optional.of(new Composition(g, div(num(1), mul(num(2), call(Function.SQRT, U))), List.of(), inner));
            case TANH ->
                Optional.of(new Composition(g, sub(num(1), pow(call(Function.TANH, U), num(2))), List.of(), inner));
            case SIGMOID ->
                Optional.of(new Composition(
                        g, mul(call(Function.SIGMOID, U), sub(num(1), call(Function.SIGMOID, U))), List.of(), inner));
            default -> Optional.empty();
        };
    }

    private static Composition power(double n, Expr inner) {
        return new Composition(
                pow(U, num(n)), mul(num(n), pow(U, num(n - 1))), List.of(mul(num(n), pow(U, num(n)))), inner);
    }

    /** {@code template} with the inner function put in for u. */
    Expr at(Expr template) {
        return substitute(template, inner);
    }

    private static Expr substitute(Expr e, Expr inner) {
        return switch (e) {
            case Expr.Var v when v.equals(U) -> inner;
            case Expr.Neg n -> neg(substitute(n.operand(), inner));
            case Expr.Binary b -> new Expr.Binary(b.op(), substitute(b.left(), inner), substitute(b.right(), inner));
            case Expr.Call c -> call(c.function(), substitute(c.argument(), inner));
            default -> e;
        };
    }

    static Expr num(double v) {
        return new Expr.Num(v);
    }

    static Expr neg(Expr e) {
        return new Expr.Neg(e);
    }

    static Expr call(Function f, Expr a) {
        return new Expr.Call(f, a);
    }

    static Expr mul(Expr a, Expr b) {
        return new Expr.Binary(BinaryOp.MUL, a, b);
    }

    static Expr div(Expr a, Expr b) {
        return new Expr.Binary(BinaryOp.DIV, a, b);
    }

    static Expr sub(Expr a, Expr b) {
        return new Expr.Binary(BinaryOp.SUB, a, b);
    }

    static Expr pow(Expr a, Expr b) {
        return new Expr.Binary(BinaryOp.POW, a, b);
    }
}
