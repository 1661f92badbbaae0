package org.gradientlab.ui.student;

import java.util.Locale;
import org.gradientlab.courses.StudentProgress;

/** Scores as the student reads them. */
final class Scores {

    private Scores() {}

    /** The assignment's score: the mean kept score over its exercises, an exercise with nothing graded counting 0. */
    static double total(StudentProgress p) {
        return p.exercises().stream()
                .mapToDouble(e -> e.score() == null ? 0 : e.score())
                .average()
                .orElse(0);
    }

    /** A score in [0, 1] as a percentage with up to one decimal. */
    static String percent(double score) {
        double value = Math.round(1000 * score) / 10.0;
        return (value == Math.rint(value)
                        ? String.format(Locale.ROOT, "%.0f", value)
                        : String.format(Locale.ROOT, "%.1f", value))
                + " %";
    }
}
