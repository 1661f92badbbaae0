package org.gradientlab.engine.expr;

/**
 * An expression tree as students type it: numbers, named constants, variables, negation, the five
 * binary operators and the one-argument functions. Trees are immutable values; two trees are equal
 * when they have the same shape.
 */
public sealed interface Expr permits Expr.Num, Expr.Const, Expr.Var, Expr.Neg, Expr.Binary, Expr.Call {

    /** A numeric literal such as {@code 2}, {@code 0.5} or {@code 1e-3}. */
    record Num(double value) implements Expr {}

    /** A named mathematical constant ({@code pi}, {@code e}). */
    record Const(Constant constant) implements Expr {}

    /** A variable, named as declared by the exercise or the caller. */
    record Var(String name) implements Expr {}

    /** Unary minus: {@code -x}. */
    record Neg(Expr operand) implements Expr {}

    /** {@code left op right}; {@code ^} is right-associative when parsed. */
    record Binary(BinaryOp op, Expr left, Expr right) implements Expr {}

    /** A one-argument function applied to its argument. */
    record Call(Function function, Expr argument) implements Expr {}

    /** The binary operators, in the order of the grammar's precedence levels. */
    enum BinaryOp {
        ADD("+"),
        SUB("-"),
        MUL("*"),
        DIV("/"),
        POW("^");

        private final String symbol;

        BinaryOp(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    /** The named constants. */
    enum Constant {
        PI("pi", Math.PI),
        E("e", Math.E);

        private final String symbol;
        private final double value;

        Constant(String symbol, double value) {
            this.symbol = symbol;
            this.value = value;
        }

        public String symbol() {
            return symbol;
        }

        public double value() {
            return value;
        }
    }

    /**
     * The functions students may use; {@code ln} is read as {@link #LOG} (the natural logarithm).
     * {@link #SIGN} and {@link #STEP} exist because they are the derivatives of {@code abs} and
     * {@code relu}: sign(0) = 0 and step(0) = 0, the subgradients PyTorch picks.
     */
    enum Function {
        SIN("sin"),
        COS("cos"),
        TAN("tan"),
        EXP("exp"),
        LOG("log"),
        SQRT("sqrt"),
        ABS("abs"),
        TANH("tanh"),
        SIGMOID("sigmoid"),
        RELU("relu"),
        SIGN("sign"),
        STEP("step");

        private final String symbol;

        Function(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }
}
