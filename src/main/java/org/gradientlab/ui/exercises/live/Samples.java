package org.gradientlab.ui.exercises.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gradientlab.charts.Point;

/** Grids of sample points and thinning of long series for drawing. */
final class Samples {

    /** The most points a drawn series carries; longer runs are thinned (the last point is always kept). */
    static final int MAX_DRAWN = 600;

    private Samples() {}

    /** n evenly spaced values from a to b inclusive. */
    static double[] linear(double a, double b, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = a + (b - a) * i / (n - 1);
        }
        return out;
    }

    /** n values from 10^a to 10^b, evenly spaced in the exponent. */
    static double[] logarithmic(double a, double b, int n) {
        double[] out = linear(a, b, n);
        for (int i = 0; i < n; i++) {
            out[i] = Math.pow(10, out[i]);
        }
        return out;
    }

    /** At most about {@link #MAX_DRAWN} of the points at an even stride, always with the first and the last. */
    static List<Point> thin(List<Point> points) {
        if (points.size() <= MAX_DRAWN) {
            return points;
        }
        int last = points.size() - 1;
        int stride = (last + MAX_DRAWN - 2) / (MAX_DRAWN - 1);
        List<Point> out = new ArrayList<>(MAX_DRAWN + 1);
        for (int i = 0; i < last; i += stride) {
            out.add(points.get(i));
        }
        out.add(points.get(last));
        return out;
    }

    /** A value for display: four significant figures, or scientific notation for very small and large ones. */
    static String format(double v) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "—" : v > 0 ? "∞" : "−∞";
        }
        double a = Math.abs(v);
        String s = a != 0 && (a < 1e-3 || a >= 1e5)
                ? String.format(Locale.ROOT, "%.3g", v)
                : String.format(Locale.ROOT, "%.4g", v);
        if (s.contains("e")) {
            String[] p = s.split("e");
            String mantissa = p[0].contains(".") ? p[0].replaceAll("0+$", "").replaceAll("\\.$", "") : p[0];
            return mantissa + "·10" + superscript(Integer.parseInt(p[1]));
        }
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    private static String superscript(int exponent) {
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder out = new StringBuilder(exponent < 0 ? "⁻" : "");
        for (char c : Integer.toString(Math.abs(exponent)).toCharArray()) {
            out.append(digits.charAt(c - '0'));
        }
        return out.toString();
    }
}
