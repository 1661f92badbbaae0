package org.gradientlab.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gradientlab.engine.expr.ErrorKey;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.ParseResult;
import org.gradientlab.engine.expr.Variables;
import org.gradientlab.exercises.Note;

/**
 * Reads typed text with the engine's parser and the part's declared variables. Forbidden function names are
 * found before parsing (so {@code diff(f, x)} is named as forbidden, not as a stray comma); parse errors keep
 * the engine's key, 1-based column and English text, and an unknown variable earns its note.
 */
final class ExpressionReader {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private ExpressionReader() {}

    static Reading<Expression> read(String text, List<String> variables, Set<String> forbidden) {
        Matcher m = IDENTIFIER.matcher(text);
        while (m.find()) {
            if (forbidden.contains(m.group())) {
                int column = text.codePointCount(0, m.start()) + 1;
                return Reading.unreadable(
                        MessageKey.FORBIDDEN_FUNCTION.with(m.group(), column), Note.FORBIDDEN_FUNCTION);
            }
        }
        ParseResult result = Expression.tryParse(text, new Variables(variables));
        return switch (result) {
            case ParseResult.Success s -> new Reading.Readable<>(s.expression(), interpretation(s.expression()));
            case ParseResult.Failure f -> failure(f);
        };
    }

    static Interpretation interpretation(Expression e) {
        return new Interpretation(e.toText(), e.toLatex());
    }

    private static Reading<Expression> failure(ParseResult.Failure f) {
        List<Object> args = new ArrayList<>(List.of(f.column(), key(f.key()), f.message()));
        args.addAll(f.arguments());
        Message message = MessageKey.INVALID_EXPRESSION.with(args.toArray());
        return f.key() == ErrorKey.UNKNOWN_VARIABLE
                ? Reading.unreadable(message, Note.UNKNOWN_VARIABLE)
                : Reading.unreadable(message);
    }

    /** The engine's error key in the kebab-case style of message keys. */
    static String key(ErrorKey key) {
        return key.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
