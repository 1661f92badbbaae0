package org.gradientlab.grading;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;

/** How numbers, points and fractions appear in messages: short, exact where that is cheap. */
final class Format {

    private Format() {}

    /** Integers as integers; others to six significant figures, scientific outside [1e-4, 1e6). */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        double a = Math.abs(v);
        BigDecimal rounded = new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros();
        if (a >= 1e-4 && a < 1e6) {
            return rounded.toPlainString();
        }
        return rounded.toString().replace("E", "e").replace("e+", "e");
    }

    /** {@code x = 0.5} for one variable, {@code (x1, x2) = (2, 1)} for several. */
    static String point(List<String> variables, double[] point) {
        if (variables.size() == 1) {
            return variables.getFirst() + " = " + number(point[0]);
        }
        StringBuilder names = new StringBuilder("(");
        StringBuilder values = new StringBuilder("(");
        for (int i = 0; i < variables.size(); i++) {
            names.append(i > 0 ? ", " : "").append(variables.get(i));
            values.append(i > 0 ? ", " : "").append(number(point[i]));
        }
        return names.append(") = ").append(values).append(")").toString();
    }

    /** The point of a vector or matrix check, as in {@link #point(List, double[])}. */
    static String point(Map<String, Double> point) {
        return point(
                List.copyOf(point.keySet()),
                point.values().stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** A ratio as a small fraction ({@code 1/2}, {@code -3}, {@code 2/3}) when it is one, else a decimal. */
    static String factor(double r) {
        for (int q = 1; q <= 12; q++) {
            double p = Math.rint(r * q);
            if (p != 0 && Math.abs(r * q - p) <= 1e-6 * Math.abs(r * q)) {
                return q == 1 ? Long.toString((long) p) : (long) p + "/" + q;
            }
        }
        return number(r);
    }
}
