package org.gradientlab.exercises;

import java.util.Arrays;
import java.util.List;

/**
 * Why an instructor's parameter override was refused: a key with arguments, and its English text.
 *
 * @param parameter the parameter's name
 * @param key       what is wrong
 * @param args      the message's arguments
 */
public record ParameterProblem(String parameter, Key key, List<String> args) {

    /** What can be wrong with an override; {@link #key()} is stable. */
    public enum Key {
        UNKNOWN_PARAMETER("unknown-parameter", "'{0}' is not a parameter of this exercise"),
        NOT_A_NUMBER("not-a-number", "'{0}' is not a number"),
        NOT_A_POINT("not-a-point", "'{0}' is not a point: write coordinates separated by commas, e.g. 2, 1"),
        WRONG_DIMENSION("wrong-dimension", "'{0}' has {1} coordinates; {2} are needed"),
        NOT_AN_EXPRESSION("not-an-expression", "'{0}' cannot be read: {1}"),
        OUT_OF_RANGE("out-of-range", "{0} must be between {1} and {2}"),
        UNSUITABLE("unsuitable", "'{0}' does not suit this exercise: {1}");

        private final String key;
        private final String template;

        Key(String key, String template) {
            this.key = key;
            this.template = template;
        }

        public String key() {
            return key;
        }

        public String template() {
            return template;
        }
    }

    public ParameterProblem {
        args = List.copyOf(args);
    }

    public static ParameterProblem of(String parameter, Key key, Object... args) {
        return new ParameterProblem(
                parameter, key, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The English text, naming the parameter. */
    public String text() {
        String body = key.template();
        for (int i = 0; i < args.size(); i++) {
            body = body.replace("{" + i + "}", args.get(i));
        }
        return parameter + ": " + body;
    }
}
