package org.gradientlab.grading;

/**
 * How an answer was read, for the "interpreted as" preview: plain text and LaTeX (rendered with KaTeX).
 *
 * @param text  plain text, re-typeable
 * @param latex LaTeX without surrounding dollars
 */
public record Interpretation(String text, String latex) {}
