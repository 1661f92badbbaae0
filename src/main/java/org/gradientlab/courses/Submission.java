package org.gradientlab.courses;

import org.gradientlab.grading.Feedback;

/**
 * The outcome of a submitted attempt, returned only once the attempt is committed.
 *
 * @param attemptId     the stored attempt
 * @param variant       the student's own variant that was graded
 * @param feedback      the grading
 * @param attemptsUsed  graded attempts at this exercise so far, this one included
 * @param maxAttempts   the limit, 0 for unlimited
 * @param late          whether the attempt came after the student's due date
 */
public record Submission(
        long attemptId, int variant, Feedback feedback, int attemptsUsed, int maxAttempts, boolean late) {}
