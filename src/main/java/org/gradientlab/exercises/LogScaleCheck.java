package org.gradientlab.exercises;

import java.util.List;

/**
 * A positive number judged on a logarithmic scale: right when it is within a factor {@code factor} of
 * {@code value}, i.e. |log₁₀(s/c)| ≤ log₁₀(factor). Suits quantities only known to their order of magnitude, such
 * as the step h with the smallest finite-difference error. Anticipated wrong values are matched on the same scale.
 *
 * @param value    the reference, positive
 * @param factor   how many times larger or smaller an answer may be, above 1
 * @param mistakes anticipated wrong values (positive) and the notes they earn
 */
public record LogScaleCheck(double value, double factor, List<KnownMistake> mistakes) implements Check {

    public LogScaleCheck {
        mistakes = List.copyOf(mistakes);
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("a log-scale reference must be positive and finite: " + value);
        }
        if (!(factor > 1) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("the factor must be finite and above 1: " + factor);
        }
        for (KnownMistake m : mistakes) {
            if (!(m.value() > 0)) {
                throw new IllegalArgumentException("a log-scale mistake must be positive: " + m.value());
            }
        }
    }

    /** Whether {@code answer} is within the factor of {@code reference} (both positive). */
    public boolean close(double answer, double reference) {
        return answer > 0 && Double.isFinite(answer) && Math.abs(Math.log10(answer / reference)) <= Math.log10(factor);
    }

    @Override
    public AnswerType answerType() {
        return AnswerType.NUMBER;
    }
}
