package org.gradientlab.engine.expr;

/** How the printers write a non-negative finite number so that it reads back as the same double. */
final class Numbers {

    private Numbers() {}

    /**
     * The shortest decimal text that parses back to {@code value} ({@code 2}, {@code 0.5},
     * {@code 1e-7}, {@code 1.5e20}); {@code value} must be finite and not negative.
     */
    static String plain(double value) {
        if (value == Math.rint(value) && value < 1e16) {
            return Long.toString((long) value);
        }
        String text = Double.toString(value);
        int e = text.indexOf('E');
        if (e < 0) {
            return text;
        }
        String mantissa = text.substring(0, e);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        return mantissa + "e" + text.substring(e + 1);
    }

    /** Whether the sign bit is set (true for -0.0 as well). */
    static boolean negative(double value) {
        return Double.doubleToRawLongBits(value) < 0;
    }
}
