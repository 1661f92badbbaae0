/**
 * Reverse-mode automatic differentiation. Start from {@link org.gradientlab.engine.autodiff.Node} (a
 * micrograd-style scalar whose graph the site can draw) or {@link org.gradientlab.engine.autodiff.ExpressionGraph}
 * (the graph of a typed expression); use {@link org.gradientlab.engine.autodiff.CompiledFunction} when the
 * same expression is evaluated thousands of times, as optimizers do.
 */
package org.gradientlab.engine.autodiff;
