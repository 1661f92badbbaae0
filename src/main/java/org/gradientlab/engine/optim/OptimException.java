package org.gradientlab.engine.optim;

import java.util.Arrays;
import java.util.List;

/**
 * Bad input to an optimizer, schedule, stop rule or theory helper: a message key with its arguments
 * and the English text. A run that diverges is not an exception; it is a result.
 */
public final class OptimException extends IllegalArgumentException {

    private final OptimMessage key;
    private final transient List<Object> args;

    OptimException(OptimMessage key, Object... args) {
        super(key.format(args));
        this.key = key;
        this.args = List.copyOf(Arrays.asList(args));
    }

    /** The message key. */
    public OptimMessage key() {
        return key;
    }

    /** The message's arguments, in the order of the key's text. */
    public List<Object> args() {
        return args;
    }
}
