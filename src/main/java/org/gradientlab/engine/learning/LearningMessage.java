package org.gradientlab.engine.learning;

import java.util.Locale;

/** Keys of the learning package's messages, each with its English text (arguments in order). */
public enum LearningMessage {
    EMPTY_DATA("the data set is empty"),
    LENGTH_MISMATCH("%s has length %s but %s has length %s"),
    NOT_POSITIVE("%s must be positive, was %s"),
    NEGATIVE("%s must not be negative, was %s"),
    NOT_FINITE("%s must be a finite number, was %s"),
    TOO_MANY_CHOSEN("cannot choose %s of %s without replacement"),
    LAYER_SIZES(
            "a network needs positive layer sizes, at least an input and an output layer, and one output unit; was %s"),
    NOT_A_LABEL("a label must be 0 or 1, was %s"),
    SPLIT_SIZE("a split must leave both parts non-empty: %s of %s"),
    SINGULAR_FEATURES("the normal equations are singular: the features are linearly dependent");

    private final String template;

    LearningMessage(String template) {
        this.template = template;
    }

    /** The English text with the arguments filled in. */
    public String format(Object... arguments) {
        return String.format(Locale.ROOT, template, arguments);
    }
}
