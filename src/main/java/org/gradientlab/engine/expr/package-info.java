/**
 * The expression language students type: parsing with positioned, keyed errors, evaluation in double
 * arithmetic, plain-text and LaTeX printing, symbolic derivatives and a light simplifier. Start from
 * {@link org.gradientlab.engine.expr.Expression} ({@code Expression.parse(text, variables)}, then
 * {@code evaluate}, {@code toLatex}, {@code derivative}); the tree is {@link org.gradientlab.engine.expr.Expr}.
 * A failed parse is an {@link org.gradientlab.engine.expr.ExpressionException} whose
 * {@link org.gradientlab.engine.expr.ErrorKey} says why; {@code Expression.tryParse} returns it as a value.
 */
package org.gradientlab.engine.expr;
