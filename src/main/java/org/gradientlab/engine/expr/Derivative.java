package org.gradientlab.engine.expr;

import static org.gradientlab.engine.expr.Simplifier.ONE;
import static org.gradientlab.engine.expr.Simplifier.TWO;
import static org.gradientlab.engine.expr.Simplifier.ZERO;
import static org.gradientlab.engine.expr.Simplifier.add;
import static org.gradientlab.engine.expr.Simplifier.div;
import static org.gradientlab.engine.expr.Simplifier.mul;
import static org.gradientlab.engine.expr.Simplifier.neg;
import static org.gradientlab.engine.expr.Simplifier.pow;
import static org.gradientlab.engine.expr.Simplifier.sub;

/**
 * The symbolic partial derivative ∂f/∂x of a tree, simplified: sum, product and quotient rules, the
 * chain rule written as u'·f'(u), and for powers n·u^(n−1)·u' when the exponent does not depend on x,
 * a^v·ln(a)·v' when the base does not, and u^v·(v'·ln u + v·u'/u) otherwise (defined where u &gt; 0).
 *
 * <p>At the points where a function has no derivative the result takes PyTorch's choice:
 * abs' = sign (0 at 0), relu' = step (0 at 0); sign and step have derivative 0 (their jump at 0 is
 * ignored). sigmoid' = σ(1 − σ), tanh' = 1 − tanh², tan' = 1/cos², sqrt' = 1/(2√u), log' = 1/u.
 */
public final class Derivative {

    private Derivative() {}

    /** ∂tree/∂variable, simplified. */
    public static Expr of(Expr tree, String variable) {
        return Simplifier.simplify(d(tree, variable));
    }

    private static Expr d(Expr e, String x) {
        if (!dependsOn(e, x)) {
            return ZERO;
        }
        return switch (e) {
            case Expr.Var v -> ONE;
            case Expr.Neg n -> neg(d(n.operand(), x));
            case Expr.Call c -> chain(c.function(), c.argument(), d(c.argument(), x));
            case Expr.Binary b -> binary(b, x);
            case Expr.Num n -> ZERO;
            case Expr.Const c -> ZERO;
        };
    }

    private static Expr binary(Expr.Binary b, String x) {
        Expr u = b.left();
        Expr v = b.right();
        return switch (b.op()) {
            case ADD -> add(d(u, x), d(v, x));
            case SUB -> sub(d(u, x), d(v, x));
            case MUL -> add(mul(d(u, x), v), mul(u, d(v, x)));
            case DIV -> div(sub(mul(d(u, x), v), mul(u, d(v, x))), pow(v, TWO));
            case POW -> power(b, u, v, x);
        };
    }

    private static Expr power(Expr uv, Expr u, Expr v, String x) {
        if (!dependsOn(v, x)) {
            return mul(mul(v, pow(u, sub(v, ONE))), d(u, x));
        }
        Expr log = new Expr.Call(Expr.Function.LOG, u);
        if (!dependsOn(u, x)) {
            return mul(mul(uv, log), d(v, x));
        }
        return mul(uv, add(mul(d(v, x), log), div(mul(v, d(u, x)), u)));
    }

    private static Expr chain(Expr.Function f, Expr u, Expr du) {
        Expr fu = new Expr.Call(f, u);
        return switch (f) {
            case SIN -> mul(du, new Expr.Call(Expr.Function.COS, u));
            case COS -> mul(du, neg(new Expr.Call(Expr.Function.SIN, u)));
            case TAN -> div(du, pow(new Expr.Call(Expr.Function.COS, u), TWO));
            case EXP -> mul(du, fu);
            case LOG -> div(du, u);
            case SQRT -> div(du, mul(TWO, fu));
            case ABS -> mul(du, new Expr.Call(Expr.Function.SIGN, u));
            case TANH -> mul(du, sub(ONE, pow(fu, TWO)));
            case SIGMOID -> mul(du, mul(fu, sub(ONE, fu)));
            case RELU -> mul(du, new Expr.Call(Expr.Function.STEP, u));
            case SIGN, STEP -> ZERO;
        };
    }

    /** Whether {@code variable} occurs in {@code tree}. */
    public static boolean dependsOn(Expr tree, String variable) {
        return switch (tree) {
            case Expr.Var v -> v.name().equals(variable);
            case Expr.Neg n -> dependsOn(n.operand(), variable);
            case Expr.Call c -> dependsOn(c.argument(), variable);
            case Expr.Binary b -> dependsOn(b.left(), variable) || dependsOn(b.right(), variable);
            case Expr.Num n -> false;
            case Expr.Const c -> false;
        };
    }
}
