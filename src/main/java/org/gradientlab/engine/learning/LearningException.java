package org.gradientlab.engine.learning;

import java.util.List;

/** Bad input to a learning computation: a {@link LearningMessage} key, its arguments and English text. */
public final class LearningException extends IllegalArgumentException {

    private final LearningMessage key;
    private final transient List<Object> arguments;

    LearningException(LearningMessage key, Object... arguments) {
        super(key.format(arguments));
        this.key = key;
        this.arguments = List.of(arguments);
    }

    /** What went wrong, as a key the UI can translate. */
    public LearningMessage key() {
        return key;
    }

    /** The values the message refers to, in order. */
    public List<Object> arguments() {
        return arguments;
    }
}
