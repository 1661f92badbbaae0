package org.gradientlab.engine.autodiff;

/**
 * The operations a {@link Node} can result from. Subtraction, division and tan are not here: they are
 * built from these primitives ({@code a - b = a + (-b)}, {@code a / b = a · b^-1}, {@code tan = sin / cos}).
 */
public enum Operation {
    /** A leaf the caller differentiates with respect to. */
    VARIABLE(""),
    /** A leaf holding a fixed number. */
    CONSTANT(""),
    ADD("+"),
    MUL("*"),
    NEG("neg"),
    /** {@code x^k} for a constant k: one parent. */
    POW_CONSTANT("^"),
    /** {@code x^y} with both sides in the graph: two parents. */
    POW("^"),
    EXP("exp"),
    LOG("log"),
    SIN("sin"),
    COS("cos"),
    SQRT("sqrt"),
    ABS("abs"),
    TANH("tanh"),
    SIGMOID("sigmoid"),
    RELU("relu"),
    SIGN("sign"),
    STEP("step");

    private final String symbol;

    Operation(String symbol) {
        this.symbol = symbol;
    }

    /** The symbol the graph shows for an inner node ({@code "+"}, {@code "exp"}, …); empty for leaves. */
    public String symbol() {
        return symbol;
    }
}
