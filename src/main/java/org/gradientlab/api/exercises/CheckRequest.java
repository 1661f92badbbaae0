package org.gradientlab.api.exercises;

import java.util.Map;

/**
 * {@code POST /api/v1/exercises/{id}/check}.
 *
 * @param variant      the variant number (default 0); ignored for an assignment, where the variant is the student's
 * @param answers      part id → answer in the shared encoding: a string for expression, number, choice and
 *                     update-rule parts, a list of strings for vectors and number sets, a list of rows of strings
 *                     for matrices, an object of strings for optimizer settings
 * @param assignmentId when present, the attempt is recorded for the signed-in student
 */
record CheckRequest(Integer variant, Map<String, Object> answers, String assignmentId) {}
