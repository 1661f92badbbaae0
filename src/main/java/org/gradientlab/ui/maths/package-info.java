/**
 * Mathematics on the page: {@link org.gradientlab.ui.maths.MathView} renders one LaTeX formula with KaTeX,
 * {@link org.gradientlab.ui.maths.MarkdownMath} a short explanation in a small Markdown with {@code $…$} maths, and
 * {@link org.gradientlab.ui.maths.ExpressionField} is where students type formulas, with a live "interpreted as"
 * preview and positioned parse errors.
 */
package org.gradientlab.ui.maths;
