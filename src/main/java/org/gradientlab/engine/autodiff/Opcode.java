package org.gradientlab.engine.autodiff;

/**
 * The instructions of a compiled expression. Unary instructions read operand a only; {@code imm} is the
 * instruction's constant (the exponent n or c, or ln c for {@code c^x}).
 */
enum Opcode {
    ADD,
    SUB,
    MUL,
    DIV,
    NEG,
    /** a². */
    SQUARE,
    /** a^n for a small integer n, by repeated squaring. */
    POW_INT,
    /** a^c for a constant real c. */
    POW_REAL,
    /** c^b for a constant base c held in register a; imm = ln c. */
    POW_BASE,
    /** a^b with both operands variable. */
    POW,
    EXP,
    LOG,
    SIN,
    COS,
    TAN,
    SQRT,
    ABS,
    TANH,
    SIGMOID,
    RELU,
    SIGN,
    STEP;

    /** The forward value alone: used to fold constants and by {@link Program#value}. */
    static double apply(Opcode op, double a, double b, double imm) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> a / b;
            case NEG -> -a;
            case SQUARE -> a * a;
            case POW_INT -> powInt(a, (int) imm);
            case POW_REAL -> Math.pow(a, imm);
            case POW_BASE, POW -> Math.pow(a, b);
            case EXP -> Math.exp(a);
            case LOG -> Math.log(a);
            case SIN -> Math.sin(a);
            case COS -> Math.cos(a);
            case TAN -> Math.tan(a);
            case SQRT -> Math.sqrt(a);
            case ABS -> Math.abs(a);
            case TANH -> Math.tanh(a);
            case SIGMOID -> 1.0 / (1.0 + Math.exp(-a));
            case RELU -> Math.max(0.0, a);
            case SIGN -> Math.signum(a);
            case STEP -> a > 0.0 ? 1.0 : a <= 0.0 ? 0.0 : Double.NaN;
        };
    }

    /** a^n by binary exponentiation: within a few roundings of a^n, at a fraction of the cost of {@link Math#pow}. */
    static double powInt(double a, int n) {
        if (n < 0) {
            return 1.0 / powInt(a, -n);
        }
        double result = 1.0;
        double square = a;
        for (int k = n; k > 0; k >>= 1) {
            if ((k & 1) != 0) {
                result *= square;
            }
            square *= square;
        }
        return result;
    }
}
