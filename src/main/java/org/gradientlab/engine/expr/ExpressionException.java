package org.gradientlab.engine.expr;

import java.util.List;

/**
 * An expression that cannot be read: a {@link ErrorKey}, the 1-based column (in characters as the
 * student sees them) where the problem is, the key's arguments and an English message. It is the only
 * exception the parser throws, and it carries no stack trace: it describes the input, not the program.
 */
public final class ExpressionException extends RuntimeException {

    private final ErrorKey key;
    private final int column;
    private final List<String> arguments;

    /** An error with this key at this 1-based column. */
    public ExpressionException(ErrorKey key, int column, List<String> arguments) {
        super(key.english(column, arguments), null, false, false);
        this.key = key;
        this.column = column;
        this.arguments = List.copyOf(arguments);
    }

    /** An error with this key at this 1-based column. */
    public ExpressionException(ErrorKey key, int column, String... arguments) {
        this(key, column, List.of(arguments));
    }

    public ErrorKey key() {
        return key;
    }

    /** The 1-based column; one past the end when the text stops too early. */
    public int column() {
        return column;
    }

    /** The arguments documented on the {@link ErrorKey}. */
    public List<String> arguments() {
        return arguments;
    }
}
