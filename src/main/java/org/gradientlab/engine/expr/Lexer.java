package org.gradientlab.engine.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits an expression into tokens. Columns count Unicode code points, so a pasted {@code ²} or
 * {@code π} is one column, as the student sees it. Unicode that students paste is mapped here:
 * {@code · ⋅ × ∗} multiply, {@code − –} minus, {@code ÷ ∕} divide, {@code π} pi, {@code √} sqrt,
 * superscript digits (with {@code ⁻}) a power and subscript digits inside a name ({@code x₁}) plain digits.
 */
final class Lexer {

    private final int[] chars;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;

    private Lexer(String source) {
        this.chars = source.codePoints().toArray();
    }

    /** The tokens of {@code source}, ending with an END token one column past the text. */
    static List<Token> tokenize(String source) {
        Lexer lexer = new Lexer(source);
        lexer.scan();
        return lexer.tokens;
    }

    private void scan() {
        while (pos < chars.length) {
            int c = chars[pos];
            int column = pos + 1;
            if (isSpace(c)) {
                pos++;
            } else if (isDigit(c) || c == '.') {
                number();
            } else if (isAsciiLetter(c)) {
                identifier();
            } else if (superscriptDigit(c) >= 0 || c == '⁻') {
                superscript();
            } else if (c == '*' && peekAt(pos + 1) == '*') {
                pos += 2;
                tokens.add(Token.of(Token.Type.CARET, "**", column));
            } else {
                pos++;
                single(c, column);
            }
        }
        tokens.add(Token.of(Token.Type.END, "", chars.length + 1));
    }

    private void single(int c, int column) {
        String text = Character.toString(c);
        Token.Type type =
                switch (c) {
                    case '+' -> Token.Type.PLUS;
                    case '-', '−', '–' -> Token.Type.MINUS;
                    case '*', '·', '⋅', '×', '∗' -> Token.Type.STAR;
                    case '/', '÷', '∕' -> Token.Type.SLASH;
                    case '^' -> Token.Type.CARET;
                    case '(' -> Token.Type.LEFT_PAREN;
                    case ')' -> Token.Type.RIGHT_PAREN;
                    case 'π' -> Token.Type.IDENTIFIER;
                    case '√' -> Token.Type.IDENTIFIER;
                    default -> throw invalid(c, column);
                };
        String name = c == '√' ? "sqrt" : text;
        tokens.add(new Token(type, text, name, 0, column));
    }

    private ExpressionException invalid(int c, int column) {
        return switch (c) {
            case '[', ']', '{', '}' -> new ExpressionException(ErrorKey.BRACKET, column, Character.toString(c));
            case ',' -> new ExpressionException(ErrorKey.COMMA, column);
            case '|' -> new ExpressionException(ErrorKey.ABSOLUTE_BAR, column);
            case '=' -> new ExpressionException(ErrorKey.EQUALS_SIGN, column);
            default ->
                new ExpressionException(
                        ErrorKey.INVALID_CHARACTER, column, shown(c), String.format(Locale.ROOT, "U+%04X", c));
        };
    }

    private static String shown(int c) {
        int type = Character.getType(c);
        boolean invisible = Character.isISOControl(c)
                || type == Character.FORMAT
                || type == Character.SURROGATE
                || type == Character.PRIVATE_USE
                || type == Character.UNASSIGNED;
        return invisible ? "(invisible)" : "'" + Character.toString(c) + "'";
    }

    private void number() {
        int start = pos;
        digits();
        if (peekAt(pos) == '.') {
            pos++;
            digits();
        }
        boolean anyDigit = false;
        for (int i = start; i < pos; i++) {
            anyDigit |= isDigit(chars[i]);
        }
        if (!anyDigit || peekAt(pos) == '.') {
            while (isDigit(peekAt(pos)) || peekAt(pos) == '.') {
                pos++;
            }
            throw new ExpressionException(ErrorKey.MALFORMED_NUMBER, start + 1, text(start, pos));
        }
        int e = peekAt(pos);
        if (e == 'e' || e == 'E') {
            int sign = peekAt(pos + 1);
            int first = sign == '+' || sign == '-' || sign == '−' || sign == '–' ? pos + 2 : pos + 1;
            if (isDigit(peekAt(first))) {
                pos = first;
                digits();
            }
        }
        String text = text(start, pos);
        double value = Double.parseDouble(text.replace('−', '-').replace('–', '-'));
        if (Double.isInfinite(value)) {
            throw new ExpressionException(ErrorKey.NUMBER_TOO_LARGE, start + 1, text);
        }
        tokens.add(new Token(Token.Type.NUMBER, text, text, value, start + 1));
    }

    private void digits() {
        while (isDigit(peekAt(pos))) {
            pos++;
        }
    }

    private void identifier() {
        int start = pos;
        StringBuilder name = new StringBuilder();
        while (pos < chars.length) {
            int c = chars[pos];
            if (isAsciiLetter(c) || isDigit(c) || c == '_') {
                name.appendCodePoint(c);
            } else if (c >= '₀' && c <= '₉') {
                name.append((char) ('0' + (c - '₀')));
            } else {
                break;
            }
            pos++;
        }
        tokens.add(new Token(Token.Type.IDENTIFIER, text(start, pos), name.toString(), 0, start + 1));
    }

    private void superscript() {
        int start = pos;
        StringBuilder ascii = new StringBuilder();
        if (chars[pos] == '⁻') {
            ascii.append('-');
            pos++;
        }
        while (pos < chars.length && superscriptDigit(chars[pos]) >= 0) {
            ascii.append(superscriptDigit(chars[pos]));
            pos++;
        }
        if (ascii.isEmpty() || ascii.toString().equals("-")) {
            throw new ExpressionException(ErrorKey.MALFORMED_NUMBER, start + 1, text(start, pos));
        }
        String name = ascii.toString();
        tokens.add(new Token(Token.Type.SUPERSCRIPT, text(start, pos), name, Double.parseDouble(name), start + 1));
    }

    private static int superscriptDigit(int c) {
        return switch (c) {
            case '⁰' -> 0;
            case '¹' -> 1;
            case '²' -> 2;
            case '³' -> 3;
            case '⁴', '⁵', '⁶', '⁷', '⁸', '⁹' -> c - '⁰';
            default -> -1;
        };
    }

    private int peekAt(int i) {
        return i < chars.length ? chars[i] : -1;
    }

    private String text(int from, int to) {
        return new String(chars, from, to - from);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }
}
