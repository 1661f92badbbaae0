package org.gradientlab.engine.constrained;

import java.util.Locale;

/** Keys of the constrained-optimisation messages, each with its English text (arguments in order). */
public enum ConstrainedMessage {
    EMPTY_PROBLEM("the problem has no variables"),
    SHAPE_MISMATCH("%s should be %s but is %s"),
    NOT_FINITE("%s contains a value that is not a finite number"),
    INCONSISTENT_CONSTRAINTS("the constraints contradict each other: no point satisfies all of them"),
    REDUNDANT_CONSTRAINTS("the constraints are linearly dependent: drop the ones implied by the others"),
    NO_UNIQUE_STATIONARY_POINT(
            "the Lagrange system is singular: f is flat or unbounded along the constraint set, so there is no unique stationary point");

    private final String template;

    ConstrainedMessage(String template) {
        this.template = template;
    }

    /** The English text with the arguments filled in. */
    public String format(Object... arguments) {
        return String.format(Locale.ROOT, template, arguments);
    }
}
