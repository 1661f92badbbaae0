package org.gradientlab.engine.calculus;

import java.util.List;

/** A calculus request that cannot be served, identified by a {@link Key} with its arguments. */
public final class CalculusException extends IllegalArgumentException {

    /** What went wrong; {@link #english} renders the English text. Matrix positions are 1-based. */
    public enum Key {
        STEP_NOT_POSITIVE("the step h must be a positive finite number, got %s"),
        WRONG_DIMENSION("expected %s coordinates, got %s"),
        NOT_SQUARE("the matrix must be square: it has %s rows but row %s has %s entries"),
        NOT_FINITE("the matrix entry at row %s, column %s is %s"),
        NOT_SYMMETRIC("the matrix is not symmetric: entry (%s, %s) is %s but entry (%s, %s) is %s");

        private final String template;

        Key(String template) {
            this.template = template;
        }

        /** The English message with the arguments filled in. */
        public String english(Object... arguments) {
            return template.formatted(arguments);
        }
    }

    private final Key key;
    private final transient List<Object> arguments;

    CalculusException(Key key, Object... arguments) {
        super(key.english(arguments));
        this.key = key;
        this.arguments = List.of(arguments);
    }

    public Key key() {
        return key;
    }

    /** The values the message refers to, in the order of its placeholders. */
    public List<Object> arguments() {
        return arguments;
    }
}
