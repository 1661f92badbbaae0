/**
 * The expression endpoints: {@code POST /api/v1/evaluate} (value and exact gradient at a point) and
 * {@code POST /api/v1/differentiate} (the symbolic derivative). Start from
 * {@link org.gradientlab.api.expressions.ExpressionController}.
 */
package org.gradientlab.api.expressions;
