package org.gradientlab.engine.expr;

/**
 * One lexical token.
 *
 * @param type what kind of token it is
 * @param text the characters as typed (for messages)
 * @param name the normalised spelling: an identifier with subscript digits made ASCII, {@code sqrt}
 *     for {@code √}, the ASCII digits of a superscript ({@code -2} for {@code ⁻²})
 * @param number the value of a number or superscript
 * @param column the 1-based column of the first character
 */
record Token(Type type, String text, String name, double number, int column) {

    enum Type {
        NUMBER,
        IDENTIFIER,
        PLUS,
        MINUS,
        STAR,
        SLASH,
        CARET,
        LEFT_PAREN,
        RIGHT_PAREN,
        SUPERSCRIPT,
        END
    }

    static Token of(Type type, String text, int column) {
        return new Token(type, text, text, 0, column);
    }
}
