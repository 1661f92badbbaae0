package org.gradientlab.api.expressions;

import java.util.List;

/**
 * {@code POST /api/v1/evaluate}.
 *
 * @param expression the formula, in the expression language
 * @param variables  the variable names, in coordinate order
 * @param at         the point: one value per variable, in the same order
 */
record EvaluateRequest(String expression, List<String> variables, List<Double> at) {}
