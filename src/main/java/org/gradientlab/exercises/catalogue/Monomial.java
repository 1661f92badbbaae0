package org.gradientlab.exercises.catalogue;

/**
 * A term c·xᵖ written the way a person would type and typeset it ({@code 6*x^2}, {@code x}, {@code -2*x}),
 * so that model answers and explanations read naturally.
 */
record Monomial(long coefficient, int power, String variable) {

    String text() {
        if (power == 0) {
            return Long.toString(coefficient);
        }
        String x = power == 1 ? variable : variable + "^" + power;
        if (coefficient == 1) {
            return x;
        }
        return coefficient == -1 ? "-" + x : coefficient + "*" + x;
    }

    String latex() {
        if (power == 0) {
            return Long.toString(coefficient);
        }
        String x = power == 1 ? variable : variable + "^{" + power + "}";
        if (coefficient == 1) {
            return x;
        }
        return coefficient == -1 ? "-" + x : coefficient + x;
    }

    /** d/dx of this term. */
    Monomial derivative() {
        return new Monomial(coefficient * power, Math.max(0, power - 1), variable);
    }
}
