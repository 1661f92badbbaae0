package org.gradientlab.grading;

import java.util.function.ToDoubleFunction;
import org.gradientlab.exercises.Tolerance;

/**
 * Numeric equivalence of an answer with the reference at sample points (DESIGN §5): equal when
 * {@code |s − c| ≤ atol + rtol·|c|} at every point; an answer that is undefined (NaN or infinite) where the
 * reference is defined is wrong there.
 */
final class Equivalence {

    /** Where and how an answer departs from the reference, if it does. */
    sealed interface Result {
        /** Equal at every point. */
        record Equal() implements Result {}

        /** Undefined at {@code point}, where the reference is {@code reference}. */
        record Undefined(double[] point, double reference) implements Result {}

        /** Defined but different at {@code point}. */
        record Differs(double[] point, double value, double reference) implements Result {}
    }

    private Equivalence() {}

    /** The answer's values at the sample's points. */
    static double[] values(ToDoubleFunction<double[]> f, SamplePoints.Sample sample) {
        double[] out = new double[sample.points().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = f.applyAsDouble(sample.points().get(i));
        }
        return out;
    }

    static Result compare(double[] values, SamplePoints.Sample sample, Tolerance tolerance) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                return new Result.Undefined(sample.points().get(i), sample.reference()[i]);
            }
        }
        for (int i = 0; i < values.length; i++) {
            if (!tolerance.accepts(values[i], sample.reference()[i])) {
                return new Result.Differs(sample.points().get(i), values[i], sample.reference()[i]);
            }
        }
        return new Result.Equal();
    }

    /** Whether {@code values} match {@code target} at every point (the same test, for mutants). */
    static boolean matches(double[] values, double[] target, Tolerance tolerance) {
        for (int i = 0; i < values.length; i++) {
            if (!tolerance.accepts(values[i], target[i])) {
                return false;
            }
        }
        return true;
    }
}
