package org.gradientlab.engine.contour;

import java.util.Locale;

/** Keys of the contour package's messages, each with its English text (arguments in order). */
public enum ContourMessage {
    GRID_TOO_SMALL("a grid needs at least 2 points along each axis, was %s × %s"),
    GRID_TOO_LARGE("a grid may have at most %s points, was %s × %s"),
    EMPTY_RANGE("the %s range must run from a smaller to a larger finite number, was %s to %s"),
    NOT_TWO_DIMENSIONAL("contours need a function of two variables, this one has %s"),
    LEVEL_COUNT("the number of levels must be between 1 and %s, was %s"),
    NOT_POSITIVE_DECADES("the number of decades must be positive, was %s"),
    NOT_FINITE_LEVEL("a contour level must be a finite number, was %s");

    private final String template;

    ContourMessage(String template) {
        this.template = template;
    }

    /** The English text with the arguments filled in. */
    public String format(Object... arguments) {
        return String.format(Locale.ROOT, template, arguments);
    }
}
