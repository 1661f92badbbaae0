/**
 * The exercise model: an {@link org.gradientlab.exercises.Exercise} makes a per-student
 * {@link org.gradientlab.exercises.Variant} from a variant number, and each variant lists answer
 * {@link org.gradientlab.exercises.Part}s with a type, a prompt, a model answer in the shared
 * {@link org.gradientlab.exercises.Answer} encoding and a {@link org.gradientlab.exercises.Check} that says how the
 * grading module judges it. Start from {@code Exercise}; the exercises themselves live in the {@code catalogue}
 * sub-package.
 */
package org.gradientlab.exercises;
