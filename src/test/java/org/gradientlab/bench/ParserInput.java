package org.gradientlab.bench;

import java.util.Optional;
import java.util.function.IntFunction;
import org.gradientlab.engine.expr.ErrorKey;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.ExpressionParser;
import org.gradientlab.engine.expr.ParseResult;
import org.gradientlab.engine.expr.Variables;

/**
 * Adversarial inputs for the expression parser, each as long as the length limit allows ({@value #LENGTH}
 * characters) unless said otherwise, with the outcome the parser must give: accepted, or rejected with a given
 * key. Inputs "at the limit" are the deepest of their family the parser still accepts, found by search, so they
 * stay at the limit when it changes. {@link #text()} checks the outcome, so a benchmark never times the wrong path.
 */
public enum ParserInput {

    /** A sum of 140-odd distinct monomials (the number of terms is bounded by the depth limit, not the length). */
    LONG_POLYNOMIAL(null) {
        @Override
        String build() {
            return polynomial(LENGTH);
        }
    },
    /** sigmoid(sigmoid(…(x)…)) nested as deep as accepted: about 1 800 characters. */
    NESTED_CALLS_AT_LIMIT(null) {
        @Override
        String build() {
            return deepestAccepted(d -> "sigmoid(".repeat(d) + "x" + ")".repeat(d));
        }
    },
    /** ((…(x+y)…)) nested as deep as accepted (about 400 characters: the depth limit binds first). */
    NESTED_PARENS_AT_LIMIT(null) {
        @Override
        String build() {
            return deepestAccepted(d -> "(".repeat(d) + "x+y" + ")".repeat(d));
        }
    },
    /** 1.0001^1.0001^…^x, a right-associative power tower as high as accepted. */
    POWER_TOWER_AT_LIMIT(null) {
        @Override
        String build() {
            return deepestAccepted(d -> "1.0001^".repeat(d) + "x");
        }
    },
    /** sin sin sin … x: bare function arguments nested as deep as accepted. */
    BARE_CALLS_AT_LIMIT(null) {
        @Override
        String build() {
            return deepestAccepted(d -> "sin ".repeat(d) + "x");
        }
    },
    /** sin x cos y sin x cos y …: implicit products of bare calls, as many as accepted. */
    IMPLICIT_PRODUCTS_AT_LIMIT(null) {
        @Override
        String build() {
            return deepestAccepted(d -> "sin x cos y ".repeat(d).strip());
        }
    },
    /** 0.000…01 with 1 996 zeros: a literal that underflows to 0. */
    LONG_DECIMAL(null) {
        @Override
        String build() {
            return "0." + "0".repeat(LENGTH - 3) + "1";
        }
    },
    /** 2 000 opening parentheses. */
    OPEN_PARENTHESES(ErrorKey.TOO_DEEP) {
        @Override
        String build() {
            return "(".repeat(LENGTH);
        }
    },
    /** x+x+x+… : a chain longer than the depth limit. */
    LONG_CHAIN(ErrorKey.TOO_DEEP) {
        @Override
        String build() {
            return "x+".repeat(LENGTH / 2 - 1) + "x";
        }
    },
    /** xyxy…xy: one unknown identifier that splits into 2 000 known names (the suggestion is x*y*x*y*…). */
    RUN_TOGETHER_VARIABLES(ErrorKey.UNKNOWN_VARIABLE) {
        @Override
        String build() {
            return "xy".repeat(LENGTH / 2);
        }
    },
    /** sinxsinx…: one identifier that splits into 500 calls (the suggestion nests 500 deep). */
    RUN_TOGETHER_CALLS(ErrorKey.UNKNOWN_VARIABLE) {
        @Override
        String build() {
            return "sinx".repeat(LENGTH / 4);
        }
    },
    /** tanhtanh…tanh(x): an unknown function name of 1 996 letters. */
    RUN_TOGETHER_FUNCTION_NAME(ErrorKey.UNKNOWN_FUNCTION) {
        @Override
        String build() {
            return "tanh".repeat((LENGTH - 3) / 4) + "(x)";
        }
    },
    /** qqq…q: an identifier with no known piece at all. */
    UNKNOWN_IDENTIFIER(ErrorKey.UNKNOWN_VARIABLE) {
        @Override
        String build() {
            return "q".repeat(LENGTH);
        }
    },
    /** The long polynomial with a stray ')' at the very end: the error comes after everything is read. */
    ERROR_AT_END(ErrorKey.UNMATCHED_CLOSING_PAREN) {
        @Override
        String build() {
            return polynomial(LENGTH - 1) + ")";
        }
    },
    /** '(' then the long polynomial, never closed. */
    UNCLOSED_AT_END(ErrorKey.MISSING_CLOSING_PAREN) {
        @Override
        String build() {
            return "(" + polynomial(LENGTH - 1);
        }
    },
    /** The long polynomial with an invalid character at the end. */
    INVALID_CHARACTER_AT_END(ErrorKey.INVALID_CHARACTER) {
        @Override
        String build() {
            return polynomial(LENGTH - 1) + "#";
        }
    },
    /** 999…9: a 2 000-digit literal that overflows a double. */
    HUGE_NUMBER(ErrorKey.NUMBER_TOO_LARGE) {
        @Override
        String build() {
            return "9".repeat(LENGTH);
        }
    },
    /** x² ² ² …: separate superscripts (each a power of the last) past the depth limit. */
    SUPERSCRIPT_CHAIN(ErrorKey.TOO_DEEP) {
        @Override
        String build() {
            return "x" + "² ".repeat((LENGTH - 1) / 2);
        }
    },
    /** x²²²…: one superscript number of 1 999 digits, far beyond the exponent limit. */
    SUPERSCRIPT_NUMBER(ErrorKey.EXPONENT_TOO_LARGE) {
        @Override
        String build() {
            return "x" + "²".repeat(LENGTH - 1);
        }
    },
    /** 1 000 000 characters: far over the length limit (must be refused without reading it). */
    MEGABYTE(ErrorKey.TOO_LONG) {
        @Override
        String build() {
            return "x+".repeat(500_000);
        }
    };

    /** The parser's length limit. */
    static final int LENGTH = ExpressionParser.MAX_LENGTH;

    private final ErrorKey expected;

    ParserInput(ErrorKey expected) {
        this.expected = expected;
    }

    abstract String build();

    /** The variables the inputs are read with: the defaults a student gets. */
    static Variables variables() {
        return Variables.DEFAULT;
    }

    /**
     * The input text, after checking its length and that the parser gives the expected outcome.
     *
     * @throws IllegalStateException when the parser no longer does what this input was built to exercise
     */
    public String text() {
        String text = build();
        if (this != MEGABYTE && text.length() > LENGTH) {
            throw new IllegalStateException(this + " is " + text.length() + " characters long");
        }
        Optional<ErrorKey> outcome = outcome(text);
        if (!outcome.equals(Optional.ofNullable(expected))) {
            throw new IllegalStateException(
                    this + " is " + outcome.map(k -> "rejected with " + k).orElse("accepted") + ", expected "
                            + (expected == null ? "accepted" : "rejected with " + expected));
        }
        return text;
    }

    private static Optional<ErrorKey> outcome(String text) {
        return switch (Expression.tryParse(text, variables())) {
            case ParseResult.Success s -> Optional.empty();
            case ParseResult.Failure f -> Optional.of(f.key());
        };
    }

    /** The largest d whose text is accepted, checking that d + 1 is refused as too deep. */
    private static String deepestAccepted(IntFunction<String> family) {
        int d = 1;
        while (outcome(family.apply(d + 1)).isEmpty()) {
            d++;
        }
        ErrorKey next = outcome(family.apply(d + 1)).orElseThrow();
        if (next != ErrorKey.TOO_DEEP) {
            throw new IllegalStateException("depth " + (d + 1) + " is refused with " + next + ", not TOO_DEEP");
        }
        return family.apply(d);
    }

    /**
     * A sum of distinct monomials c·x^i·y^j with alternating signs, as many as fit in {@code length} characters and
     * in the depth limit (each '+' or '−' of a chain is one level).
     */
    private static String polynomial(int length) {
        StringBuilder out = new StringBuilder("0.5x^2y");
        for (int k = 1; ; k++) {
            String term = (k % 2 == 0 ? " + " : " - ") + (k + 0.25) + "x^" + (k % 7 + 1) + "y^" + (k % 5 + 1);
            if (out.length() + term.length() > length || k >= ExpressionParser.MAX_DEPTH - 10) {
                return out.toString();
            }
            out.append(term);
        }
    }
}
