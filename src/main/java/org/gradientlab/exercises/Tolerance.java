package org.gradientlab.exercises;

/**
 * When a computed value s counts as equal to a reference c: {@code |s − c| ≤ atol + rtol·|c|}. Non-finite
 * values are never equal to anything (NaN never equals NaN; an infinity is never "close").
 *
 * @param relative rtol, at least 0
 * @param absolute atol, at least 0
 */
public record Tolerance(double relative, double absolute) {

    /** For expressions compared at sample points (DESIGN §5): rtol 1e-8, atol 1e-10. */
    public static final Tolerance EXPRESSION = new Tolerance(1e-8, 1e-10);

    public Tolerance {
        if (!(relative >= 0) || !(absolute >= 0) || Double.isInfinite(relative) || Double.isInfinite(absolute)) {
            throw new IllegalArgumentException("tolerances must be finite and non-negative");
        }
    }

    /** A tolerance for typed numbers that keeps about {@code digits} significant figures. */
    public static Tolerance significantFigures(int digits) {
        return new Tolerance(Math.pow(10, 1 - digits) / 2, 1e-12);
    }

    /** Whether {@code value} counts as equal to {@code reference}. */
    public boolean accepts(double value, double reference) {
        if (!Double.isFinite(value) || !Double.isFinite(reference)) {
            return false;
        }
        return Math.abs(value - reference) <= absolute + relative * Math.abs(reference);
    }
}
