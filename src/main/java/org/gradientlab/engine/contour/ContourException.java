package org.gradientlab.engine.contour;

import java.util.List;

/** A contour request that cannot be drawn: a {@link ContourMessage} key, its arguments and English text. */
public final class ContourException extends IllegalArgumentException {

    private final ContourMessage key;
    private final transient List<Object> arguments;

    ContourException(ContourMessage key, Object... arguments) {
        super(key.format(arguments));
        this.key = key;
        this.arguments = List.of(arguments);
    }

    /** What went wrong, as a key the UI can translate. */
    public ContourMessage key() {
        return key;
    }

    /** The values the message refers to, in order. */
    public List<Object> arguments() {
        return arguments;
    }
}
