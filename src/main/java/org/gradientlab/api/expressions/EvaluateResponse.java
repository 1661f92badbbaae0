package org.gradientlab.api.expressions;

/**
 * The value f(at), the gradient ∇f(at) in the order of the request's variables (by reverse-mode automatic
 * differentiation, exact up to rounding), and the expression as read: plain text and LaTeX.
 */
record EvaluateResponse(double value, double[] gradient, String text, String latex) {}
