package org.gradientlab.engine.expr;

import static org.gradientlab.engine.expr.Simplifier.ONE;
import static org.gradientlab.engine.expr.Simplifier.ZERO;
import static org.gradientlab.engine.expr.Simplifier.isOne;
import static org.gradientlab.engine.expr.Simplifier.neg;
import static org.gradientlab.engine.expr.Simplifier.num;
import static org.gradientlab.engine.expr.Simplifier.pow;

import java.util.ArrayList;
import java.util.List;

/**
 * A product being simplified: its factors gathered into one exact constant coefficient (inexact
 * constants kept as they are) and powers of distinct bases in first-seen order, so {@code 2*x*3*x^2}
 * builds as {@code 6*x^3}.
 */
final class Product {

    private double coefficient = 1;
    private boolean zero;
    private final List<Expr> constants = new ArrayList<>();
    private final List<Expr> bases = new ArrayList<>();
    private final List<Expr> exponents = new ArrayList<>();

    void multiply(Expr factor) {
        Double c = Exact.constant(factor);
        if (c != null) {
            Double product = Exact.fold(Expr.BinaryOp.MUL, coefficient, c);
            if (c == 0) {
                zero = true;
            } else if (product != null) {
                coefficient = product;
            } else {
                constants.add(factor);
            }
            return;
        }
        switch (factor) {
            case Expr.Binary b
            when b.op() == Expr.BinaryOp.MUL -> {
                multiply(b.left());
                multiply(b.right());
            }
            case Expr.Neg n -> {
                coefficient = -coefficient;
                multiply(n.operand());
            }
            default -> power(factor);
        }
    }

    private void power(Expr factor) {
        Expr base = factor;
        Expr exponent = ONE;
        if (factor instanceof Expr.Binary b && b.op() == Expr.BinaryOp.POW && Exact.constant(b.right()) != null) {
            base = b.left();
            exponent = b.right();
        }
        int i = bases.indexOf(base);
        if (i >= 0) {
            Double sum = Exact.fold(Expr.BinaryOp.ADD, Exact.constant(exponents.get(i)), Exact.constant(exponent));
            if (sum != null) {
                exponents.set(i, num(sum));
                return;
            }
        }
        bases.add(base);
        exponents.add(exponent);
    }

    Expr build() {
        if (zero) {
            return ZERO;
        }
        List<Expr> factors = new ArrayList<>(constants);
        for (int i = 0; i < bases.size(); i++) {
            Expr factor = pow(bases.get(i), exponents.get(i));
            if (!isOne(factor)) {
                factors.add(factor);
            }
        }
        if (factors.isEmpty()) {
            return num(coefficient);
        }
        if (coefficient == -1) {
            factors.set(0, neg(factors.get(0)));
        } else if (coefficient != 1) {
            factors.addFirst(num(coefficient));
        }
        Expr chain = factors.getFirst();
        for (Expr f : factors.subList(1, factors.size())) {
            chain = new Expr.Binary(Expr.BinaryOp.MUL, chain, f);
        }
        return chain;
    }
}
