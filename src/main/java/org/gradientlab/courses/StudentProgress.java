package org.gradientlab.courses;

import java.time.Instant;
import java.util.List;

/**
 * A student's own standing on a published assignment: the due date that applies to them (their extension, if
 * granted) and, per exercise, what the gradebook would show them.
 *
 * @param assignmentId the assignment
 * @param dueAt        the student's due date (UTC), or null for none
 * @param pastDue      whether that due date has passed
 * @param exercises    one entry per exercise, in assignment order
 */
public record StudentProgress(long assignmentId, Instant dueAt, boolean pastDue, List<Exercise> exercises) {

    public StudentProgress {
        exercises = List.copyOf(exercises);
    }

    /**
     * One exercise.
     *
     * @param exerciseId      the catalogue id
     * @param score           the kept score (DESIGN §5) or an instructor's override; null when nothing was graded
     * @param attemptsUsed    graded attempts used
     * @param maxAttempts     attempts allowed, 0 for unlimited
     * @param hintsRevealed   hints revealed so far
     * @param correct         whether a graded attempt was fully correct
     * @param late            whether a graded attempt came after the due date (it does not count)
     * @param overridden      whether the score was set by hand
     * @param solutionVisible whether the worked solution may be shown: after the last attempt or the due date
     */
    public record Exercise(
            String exerciseId,
            Double score,
            int attemptsUsed,
            int maxAttempts,
            int hintsRevealed,
            boolean correct,
            boolean late,
            boolean overridden,
            boolean solutionVisible) {

        /** Whether the student is finished with it: answered correctly or out of attempts. */
        public boolean done() {
            return correct || (maxAttempts > 0 && attemptsUsed >= maxAttempts);
        }
    }
}
