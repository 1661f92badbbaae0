/**
 * Checks answers against the engine and says why they are wrong. Start from
 * {@link org.gradientlab.grading.Grader}: {@code check(variant, answers, seed)} gives a
 * {@link org.gradientlab.grading.Feedback} (verdict, score, per-part notes, keyed messages, "interpreted as",
 * masks), {@code preview} shows how an answer reads before it is submitted. Assignments use
 * {@link org.gradientlab.grading.AttemptPolicy} for attempts and penalties, and
 * {@link org.gradientlab.grading.VariantSelfTest} before publishing.
 */
package org.gradientlab.grading;
