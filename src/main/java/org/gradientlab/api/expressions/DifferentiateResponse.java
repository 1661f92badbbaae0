package org.gradientlab.api.expressions;

/** The simplified symbolic derivative ∂f/∂variable. */
record DifferentiateResponse(Printed derivative) {

    /** An expression as plain text (re-typeable) and as LaTeX. */
    record Printed(String text, String latex) {}
}
