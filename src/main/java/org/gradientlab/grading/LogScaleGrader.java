package org.gradientlab.grading;

import java.util.List;
import org.gradientlab.exercises.KnownMistake;
import org.gradientlab.exercises.LogScaleCheck;

/**
 * Grades a positive number on a logarithmic scale: right within the check's factor of the reference; otherwise the
 * message says how many times too large or too small it is. Anticipated wrong values are matched on the same scale.
 */
final class LogScaleGrader {

    private LogScaleGrader() {}

    static PartFeedback grade(LogScaleCheck check, NumberReader.Value typed, Interpretation shown) {
        double v = typed.value();
        if (!(v > 0)) {
            return PartFeedback.graded(
                    0, List.of(), List.of(MessageKey.NOT_POSITIVE.with(Format.number(v))), shown, null);
        }
        if (check.close(v, check.value())) {
            return PartFeedback.graded(1, List.of(), List.of(), shown, null);
        }
        for (KnownMistake m : check.mistakes()) {
            if (check.close(v, m.value())) {
                return PartFeedback.graded(
                        0, List.of(m.note()), List.of(NumberGrader.mistakeMessage(m.note(), m.how())), shown, null);
            }
        }
        double ratio = v / check.value();
        Message off = ratio > 1
                ? MessageKey.TOO_LARGE_BY.with(Format.number(v), roughly(ratio))
                : MessageKey.TOO_SMALL_BY.with(Format.number(v), roughly(1 / ratio));
        return PartFeedback.graded(0, List.of(), List.of(off), shown, null);
    }

    /** A factor to one significant figure, as a power of ten beyond 1000 (3e5 → {@code 3e5}). */
    private static String roughly(double factor) {
        return Format.number(Double.parseDouble(String.format(java.util.Locale.ROOT, "%.0e", factor)));
    }
}
