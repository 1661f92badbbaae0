package org.gradientlab.engine.autodiff;

/** Short labels for numbers in a drawn graph: {@code 2} rather than {@code 2.0}. */
final class NumberLabels {

    private NumberLabels() {}

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
