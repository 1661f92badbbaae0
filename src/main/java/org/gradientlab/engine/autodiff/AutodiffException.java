package org.gradientlab.engine.autodiff;

import java.util.List;

/** A request the autodiff engine cannot serve, identified by a {@link Key} with its arguments. */
public final class AutodiffException extends IllegalArgumentException {

    /** What went wrong; {@link #english} renders the English text. */
    public enum Key {
        UNBOUND_VARIABLE("no value is given for the variable '%s'"),
        UNKNOWN_VARIABLE("the expression uses '%s', which is not among the variables %s"),
        DUPLICATE_VARIABLE("the variable '%s' is listed more than once"),
        WRONG_DIMENSION("expected %s coordinates, got %s");

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

    AutodiffException(Key key, Object... arguments) {
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
