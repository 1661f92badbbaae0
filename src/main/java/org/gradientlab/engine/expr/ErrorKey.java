package org.gradientlab.engine.expr;

import java.util.List;

/**
 * Why an expression could not be read. Each key documents the arguments an {@link ExpressionException}
 * carries with it, so a user interface can render the message in its own words; {@link #english}
 * is the English rendering.
 */
public enum ErrorKey {
    /** Nothing but whitespace was typed. Arguments: none. */
    EMPTY,
    /** Longer than the limit. Arguments: length, limit. */
    TOO_LONG,
    /** More nested or chained operations than the limit. Arguments: limit. */
    TOO_DEEP,
    /** A character that has no meaning in a formula. Arguments: the character, its code point (U+XXXX). */
    INVALID_CHARACTER,
    /** A square or curly bracket. Arguments: the bracket. */
    BRACKET,
    /** An absolute-value bar ({@code |x|}). Arguments: none. */
    ABSOLUTE_BAR,
    /** A comma (a decimal comma, or a second function argument). Arguments: none. */
    COMMA,
    /** An equals sign ({@code y = x^2}). Arguments: none. */
    EQUALS_SIGN,
    /** Something that starts like a number but is not one ({@code 1.2.3}). Arguments: the text. */
    MALFORMED_NUMBER,
    /** A literal that overflows a double ({@code 1e400}). Arguments: the text. */
    NUMBER_TOO_LARGE,
    /** A literal exponent beyond the limit ({@code x^100000}). Arguments: the exponent, the limit. */
    EXPONENT_TOO_LARGE,
    /**
     * An identifier that is not a declared variable or constant. Arguments: name, suggestion or "",
     * the declared variables.
     */
    UNKNOWN_VARIABLE,
    /** An identifier followed by {@code (} that is not a function. Arguments: name, suggestion or "", functions. */
    UNKNOWN_FUNCTION,
    /** A function name with nothing to apply it to. Arguments: the function. */
    MISSING_ARGUMENT,
    /**
     * A power after a function name that is not a positive whole number ({@code sin^-1 x}).
     * Arguments: function, exponent.
     */
    FUNCTION_POWER,
    /** {@code ()}. Arguments: none. */
    EMPTY_PARENTHESES,
    /** An opening parenthesis never closed. Arguments: the column of the {@code (}. */
    MISSING_CLOSING_PAREN,
    /** A closing parenthesis without an opening one. Arguments: none. */
    UNMATCHED_CLOSING_PAREN,
    /** An operator with nothing before it ({@code *2}). Arguments: the operator. */
    MISSING_OPERAND,
    /** Two things that cannot follow each other ({@code x+*y}). Arguments: the token, the token before it. */
    UNEXPECTED_TOKEN,
    /** The text stops where more is needed ({@code x+}). Arguments: the last token. */
    UNEXPECTED_END,
    /** Two factors side by side that are not read as a product ({@code 2 3}, {@code x 2}). Arguments: left, right. */
    MISSING_OPERATOR;

    /** The English message for this key at {@code column} with these arguments. */
    public String english(int column, List<String> a) {
        String at = "at column " + column;
        return switch (this) {
            case EMPTY -> "The expression is empty: type a formula such as x^2 + 1.";
            case TOO_LONG -> "The expression is " + a.get(0) + " characters long; the limit is " + a.get(1) + ".";
            case TOO_DEEP ->
                "The expression has too many levels " + at + " (more than " + a.get(0)
                        + " nested parentheses, signs, powers, functions or chained operations); simplify it.";
            case INVALID_CHARACTER ->
                "The character " + a.get(0) + " (" + a.get(1) + ") " + at + " cannot be used in a formula.";
            case BRACKET -> "'" + a.get(0) + "' " + at + ": use round parentheses ( ) for grouping.";
            case ABSOLUTE_BAR -> "'|' " + at + ": write abs(x) for the absolute value |x|.";
            case COMMA -> "',' " + at + ": write decimals with a point (0.5); each function takes one argument.";
            case EQUALS_SIGN -> "'=' " + at + ": type only the expression, without 'y =' or 'f(x) ='.";
            case MALFORMED_NUMBER -> "'" + a.get(0) + "' " + at + " is not a valid number.";
            case NUMBER_TOO_LARGE ->
                "The number " + a.get(0) + " " + at + " is too large (numbers must stay below about 1.8e308).";
            case EXPONENT_TOO_LARGE ->
                "The exponent " + a.get(0) + " " + at + " is too large: a number exponent must lie between -" + a.get(1)
                        + " and " + a.get(1) + ".";
            case UNKNOWN_VARIABLE ->
                a.get(1).isEmpty()
                        ? "Unknown variable '" + a.get(0) + "' " + at + "; the variables here are " + a.get(2) + "."
                        : "Unknown variable '" + a.get(0) + "' " + at + " — did you mean " + a.get(1) + "?";
            case UNKNOWN_FUNCTION ->
                a.get(1).isEmpty()
                        ? "Unknown function '" + a.get(0) + "' " + at + "; the functions are " + a.get(2) + "."
                        : "Unknown function '" + a.get(0) + "' " + at + " — did you mean " + a.get(1) + "?";
            case MISSING_ARGUMENT ->
                "The function " + a.get(0) + " " + at + " needs an argument, as in " + a.get(0) + "(x).";
            case FUNCTION_POWER ->
                "'" + a.get(0) + "^" + a.get(1) + "' " + at
                        + " is ambiguous: only a positive whole power may follow a function name, as in "
                        + a.get(0) + "^2(x); write (" + a.get(0) + "(x))^" + a.get(1) + " instead.";
            case EMPTY_PARENTHESES -> "Empty parentheses " + at + ": put an expression between ( and ).";
            case MISSING_CLOSING_PAREN -> "Missing ')' " + at + " for the '(' opened at column " + a.get(0) + ".";
            case UNMATCHED_CLOSING_PAREN -> "')' " + at + " has no matching '('.";
            case MISSING_OPERAND -> "'" + a.get(0) + "' " + at + " needs something before it.";
            case UNEXPECTED_TOKEN -> "'" + a.get(0) + "' " + at + " cannot follow '" + a.get(1) + "'.";
            case UNEXPECTED_END ->
                "The expression ends too early " + at + ": something is missing after '" + a.get(0) + "'.";
            case MISSING_OPERATOR ->
                "Missing operator between '" + a.get(0) + "' and '" + a.get(1) + "' " + at + ": write " + a.get(0) + "*"
                        + a.get(1) + " for a product.";
        };
    }
}
