package org.gradientlab.exercises.catalogue;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers as the exercise texts print them: integers plainly, others to a few significant figures. */
final class Figures {

    private Figures() {}

    /** {@code v} to six significant figures, scientific outside [1e-4, 1e6). */
    static String of(double v) {
        return of(v, 6);
    }

    /** {@code v} to {@code digits} significant figures, scientific outside [1e-4, 1e6). */
    static String of(double v, int digits) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "NaN" : v > 0 ? "∞" : "−∞";
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
        return rounded.movePointLeft(exponent).stripTrailingZeros().toPlainString() + "e" + exponent;
    }

    /** {@code v} for LaTeX: as {@link #of(double)}, with powers of ten written {@code 10^{-8}}. */
    static String latex(double v) {
        String text = of(v);
        int e = text.indexOf('e');
        if (e < 0 || !Double.isFinite(v)) {
            return text;
        }
        String mantissa = text.substring(0, e);
        String power = "10^{" + text.substring(e + 1) + "}";
        return mantissa.equals("1") ? power : mantissa.equals("-1") ? "-" + power : mantissa + " \\times " + power;
    }

    /** A point as {@code (3, 2)}. */
    static String point(double... x) {
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < x.length; i++) {
            out.append(i > 0 ? ", " : "").append(of(x[i]));
        }
        return out.append(")").toString();
    }
}
