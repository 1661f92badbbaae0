package org.gradientlab.grading;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gradientlab.engine.expr.Expr;
import org.gradientlab.engine.expr.Expression;

/**
 * Reads a typed number, or a formula evaluated at a point (a vector entry or matrix cell): a constant expression
 * such as {@code 2/20} or {@code cos(1)} is a number. Blank text and values with no finite result are format
 * errors.
 */
final class NumberReader {

    /**
     * A number as typed and its value.
     *
     * @param expression what was typed, parsed
     * @param value      its value (at the point, for entries)
     */
    record Value(Expression expression, double value) {}

    private NumberReader() {}

    /** A number with no variables. */
    static Reading<Value> number(String text) {
        return at(text, Map.of());
    }

    /** A number or a formula in the point's variables, evaluated at the point. */
    static Reading<Value> at(String text, Map<String, Double> point) {
        return switch (ExpressionReader.read(text, List.copyOf(point.keySet()), Set.of())) {
            case Reading.Unreadable<Expression> u -> u.retyped();
            case Reading.Readable<Expression> r -> {
                Expression e = r.value();
                double value = e.evaluate(point);
                yield Double.isFinite(value)
                        ? new Reading.Readable<>(new Value(e, value), interpretation(e, value))
                        : new Reading.Unreadable<>(
                                List.of(MessageKey.NON_FINITE_NUMBER.with(e.toText())), List.of(), r.interpretation());
            }
        };
    }

    /** {@code 2/20 = 0.1} when the typed form is not already the plain value. */
    static Interpretation interpretation(Expression e, double value) {
        String text = e.toText();
        String shown = Format.number(value);
        if (text.equals(shown) || e.tree() instanceof Expr.Num) {
            return new Interpretation(text, e.toLatex());
        }
        return new Interpretation(text + " = " + shown, e.toLatex() + " = " + shown);
    }
}
