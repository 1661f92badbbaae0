package org.gradientlab.charts;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers as the data table shows them: six significant digits, plain where readable, scientific otherwise. */
final class NumberText {

    private static final MathContext SIX_DIGITS = new MathContext(6);

    private NumberText() {}

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "−∞";
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(SIX_DIGITS).stripTrailingZeros();
        double magnitude = Math.abs(value);
        String text = magnitude >= 1e-4 && magnitude < 1e7 ? rounded.toPlainString() : rounded.toString();
        return text.replace('-', '−');
    }
}
