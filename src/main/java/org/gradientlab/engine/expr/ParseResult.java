package org.gradientlab.engine.expr;

import java.util.List;

/** The outcome of {@link Expression#tryParse}: the expression, or why it could not be read. */
public sealed interface ParseResult permits ParseResult.Success, ParseResult.Failure {

    /** The text was read. */
    record Success(Expression expression) implements ParseResult {

        /** The parsed tree. */
        public Expr tree() {
            return expression.tree();
        }
    }

    /**
     * The text was not an expression.
     *
     * @param key why
     * @param column the 1-based column of the problem
     * @param arguments the key's arguments
     * @param message the English message
     */
    record Failure(ErrorKey key, int column, List<String> arguments, String message) implements ParseResult {

        public Failure {
            arguments = List.copyOf(arguments);
        }

        static Failure of(ExpressionException e) {
            return new Failure(e.key(), e.column(), e.arguments(), e.getMessage());
        }
    }
}
