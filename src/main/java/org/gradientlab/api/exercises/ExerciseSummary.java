package org.gradientlab.api.exercises;

import org.gradientlab.exercises.Exercise;

/** One entry of {@code GET /api/v1/exercises}. */
record ExerciseSummary(String id, String title, String unit, String summary) {

    static ExerciseSummary of(Exercise exercise) {
        return new ExerciseSummary(exercise.id(), exercise.title(), exercise.unit(), exercise.summary());
    }
}
