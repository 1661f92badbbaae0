/**
 * The exercise pages: {@link org.gradientlab.ui.exercises.ExerciseView} shows any catalogue exercise with one input
 * per part (chosen by answer type), grades submissions in practice mode through
 * {@link org.gradientlab.ui.exercises.Practice} and shows the feedback, hints, solution and the exercise's live
 * chart. {@link org.gradientlab.ui.exercises.CourseOutline} is the one place that lists the units and their
 * exercises for the menu and the home page.
 */
package org.gradientlab.ui.exercises;
