package org.gradientlab.api.exercises;

import org.gradientlab.grading.Feedback;

/**
 * An attempt that is stored: its id, the student's own variant that was graded, and the grading.
 *
 * @param attemptId the stored attempt, committed before this is returned
 * @param variant   the student's own variant of the exercise
 * @param feedback  the grading
 */
public record RecordedAttempt(long attemptId, int variant, Feedback feedback) {}
