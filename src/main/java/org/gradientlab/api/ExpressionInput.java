package org.gradientlab.api;

import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.ExpressionException;
import org.gradientlab.engine.expr.Variables;

/** Reads an expression field: a parse error becomes a 400 whose column is the 1-based column in the expression. */
public final class ExpressionInput {

    private ExpressionInput() {}

    /** The expression in {@code field}, read with these variables. */
    public static Expression parse(String text, Variables variables, String field) {
        Fields.required(text, field);
        try {
            return Expression.parse(text, variables);
        } catch (ExpressionException e) {
            throw ApiException.badExpression(
                    "The field '" + field + "' is not a valid expression: " + e.getMessage(), e.column());
        }
    }
}
