package org.gradientlab.ui.student;

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
}
