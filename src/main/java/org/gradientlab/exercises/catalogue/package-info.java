/**
 * The exercises of Gradient Lab and their {@link org.gradientlab.exercises.catalogue.Catalogue}, in display order.
 * Start from {@code Catalogue.standard()}.
 *
 * <p><b>Adding an exercise</b> ({@link org.gradientlab.exercises.catalogue.ChainRuleExercise} is the worked
 * example):
 * <ol>
 *   <li>Write a class implementing {@link org.gradientlab.exercises.Exercise}: a kebab-case id, title, unit,
 *       summary, and the {@link org.gradientlab.exercises.Parameter}s an instructor may override (as strings,
 *       with defaults).
 *   <li>In {@code variant(number, overrides)}: variant 0 uses the course material's numbers; other numbers draw
 *       the function, point, etc. from a generator seeded by (id, number), so the same number always gives the
 *       same variant. Overridden parameters stay fixed across variants; unusable overrides throw
 *       {@link org.gradientlab.exercises.ParameterException} with keyed problems.
 *   <li>Return a {@link org.gradientlab.exercises.Variant}: explanation, hints and worked solution in Markdown with
 *       LaTeX, and one {@link org.gradientlab.exercises.Part} per answer box, each with a stable kebab-case id,
 *       a type, a prompt, a weight, a {@link org.gradientlab.exercises.Check} (what the grader compares with), a
 *       model answer in the answer encoding, and canned wrong answers with the notes they must earn.
 *   <li>Register the exercise in {@code Catalogue} (the four named ones stay first) and add it to the variant
 *       self-test's list in the tests: the self-test grades the model answer and every canned answer of many
 *       variants.
 * </ol>
 * A part whose checking no existing {@code Check} describes needs a new record in the exercise model and a
 * grader for it in {@code org.gradientlab.grading} (the grader's switch over checks is exhaustive, so the
 * compiler points at the place).
 */
package org.gradientlab.exercises.catalogue;
