/**
 * The expression language students type: parsing with positioned, keyed errors, evaluation, plain-text
 * and LaTeX printing, symbolic derivatives. Start from {@link org.gradientlab.engine.expr.Expression}
 * ({@code Expression.parse(text, variables)}); the tree is {@link org.gradientlab.engine.expr.Expr}, and a
 * failed parse is an {@link org.gradientlab.engine.expr.ExpressionException} whose
 * {@link org.gradientlab.engine.expr.ErrorKey} says why.
 */
package org.gradientlab.engine.expr;
