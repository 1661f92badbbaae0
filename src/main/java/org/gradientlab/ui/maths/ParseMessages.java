package org.gradientlab.ui.maths;

import com.vaadin.flow.component.Component;
import org.gradientlab.engine.expr.ErrorKey;
import org.gradientlab.engine.expr.ParseResult;

/**
 * Parse errors in the visitor's language: the message key is {@code expr.error.<ErrorKey>} (with the suffix
 * {@code .suggestion} when the parser has a "did you mean" for an unknown name); its arguments are the column,
 * then the error's own arguments. The parser's English message stands in for a key the bundle lacks.
 */
public final class ParseMessages {

    private ParseMessages() {}

    /** The message key for this failure. */
    public static String key(ParseResult.Failure failure) {
        boolean suggestion = (failure.key() == ErrorKey.UNKNOWN_VARIABLE || failure.key() == ErrorKey.UNKNOWN_FUNCTION)
                && failure.arguments().size() > 1
                && !failure.arguments().get(1).isEmpty();
        return "expr.error." + failure.key().name() + (suggestion ? ".suggestion" : "");
    }

    /** The failure's message, translated through the component's locale. */
    public static String describe(Component component, ParseResult.Failure failure) {
        String key = key(failure);
        String text = component.getTranslation(key, arguments(failure));
        return text.equals("!" + key) ? failure.message() : text;
    }

    /** The message arguments: the column as text (never formatted as a number), then the parser's arguments. */
    static Object[] arguments(ParseResult.Failure failure) {
        Object[] arguments = new Object[failure.arguments().size() + 1];
        arguments[0] = Integer.toString(failure.column());
        for (int i = 0; i < failure.arguments().size(); i++) {
            arguments[i + 1] = failure.arguments().get(i);
        }
        return arguments;
    }
}
