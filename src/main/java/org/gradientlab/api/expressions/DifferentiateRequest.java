package org.gradientlab.api.expressions;

/**
 * {@code POST /api/v1/differentiate}.
 *
 * @param expression the formula; it may use the default variables (x, y, z, x1…x9, a, b, t) and {@code variable}
 * @param variable   the variable to differentiate by
 */
record DifferentiateRequest(String expression, String variable) {}
