package org.gradientlab.exercises.catalogue;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * How the exercises write numbers: short decimals for prompts and model answers (as a student would type them),
 * small fractions where a value is one, LaTeX for rendered text, and full precision for references the grader
 * evaluates.
 */
final class NumberText {

    private NumberText() {}

    /**
     * Integers as integers, others to {@code digits} significant figures, scientific outside [1e-4, 1e6); "undefined"
     * for NaN.
     */
    static String plain(double v, int digits) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "undefined" : v > 0 ? "∞" : "−∞";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        BigDecimal rounded = new BigDecimal(v).round(new MathContext(digits)).stripTrailingZeros();
        double a = Math.abs(v);
        if (a >= 1e-4 && a < 1e6) {
            return rounded.toPlainString();
        }
        int exponent = rounded.precision() - rounded.scale() - 1;
        return rounded.movePointLeft(exponent).toPlainString() + "e" + exponent;
    }

    /** {@link #plain(double, int)} to six significant figures. */
    static String plain(double v) {
        return plain(v, 6);
    }

    /** Every digit of the double, in the engine's syntax, for references that are evaluated. */
    static String exact(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** A small fraction ({@code -1/2}, {@code 2/3}) when the value is one (denominator up to 60), else plain. */
    static String fraction(double v) {
        if (v != 0 && (Math.abs(v) < 1e-4 || Math.abs(v) >= 1e6)) {
            return plain(v);
        }
        for (int q = 1; q <= 60; q++) {
            double p = Math.rint(v * q);
            if (Math.abs(v * q - p) <= 1e-9 * Math.max(1, Math.abs(v * q))) {
                return q == 1 ? Long.toString((long) p) : (long) p + "/" + q;
            }
        }
        return plain(v);
    }

    /**
     * How a student would type the value: a short decimal when six figures hold it exactly (0.7, 1.36), else a
     * small fraction (1/3), else six figures.
     */
    static String typed(double v) {
        String decimal = plain(v);
        if (Math.abs(Double.parseDouble(decimal) - v) <= 1e-12 * Math.abs(v)) {
            return decimal;
        }
        return fraction(v);
    }

    /** {@link #fraction(double)} in LaTeX: {@code -\frac{1}{2}}, {@code 3}, {@code 0.5403}. */
    static String latex(double v) {
        String f = fraction(v);
        int slash = f.indexOf('/');
        if (slash > 0) {
            boolean negative = f.startsWith("-");
            String p = f.substring(negative ? 1 : 0, slash);
            return (negative ? "-" : "") + "\\frac{" + p + "}{" + f.substring(slash + 1) + "}";
        }
        int e = f.indexOf('e');
        if (e > 0) {
            return f.substring(0, e) + " \\times 10^{" + Integer.parseInt(f.substring(e + 1)) + "}";
        }
        return f;
    }

    /** A term c·name for a polynomial written in LaTeX or plain text: {@code 3x_1^2}, {@code x_2^2}, {@code 0.5x^2}. */
    static String coefficient(double c) {
        return c == 1 ? "" : c == -1 ? "-" : plain(c);
    }
}
