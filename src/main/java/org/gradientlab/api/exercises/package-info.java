/**
 * The exercise endpoints: {@code GET /api/v1/exercises}, {@code GET /api/v1/exercises/{id}?variant=n} and
 * {@code POST /api/v1/exercises/{id}/check}. Practice checks are graded by the grading module and recorded nowhere;
 * a check for an assignment goes through {@link org.gradientlab.api.exercises.AssignmentAttempts}, the seam the
 * courses module fills. Start from {@link org.gradientlab.api.exercises.ExerciseController}.
 */
package org.gradientlab.api.exercises;
