package org.gradientlab.engine.expr;

import java.util.List;

/**
 * Reads what a student types into an {@link Expr} tree, by recursive descent with one method per rule:
 *
 * <pre>
 * expression → sum END
 * sum        → product ( ("+" | "-") product )*
 * product    → unary ( ("*" | "/") unary | power )*          juxtaposition before a name or "(" multiplies
 * unary      → ("-" | "+") unary | power                      so -x^2 = -(x^2)
 * power      → postfix ( "^" unary )?                         right-associative; 2^-1 = 2^(-1)
 * postfix    → primary SUPERSCRIPT*                           x² = x^2
 * primary    → NUMBER | variable | constant | call | "(" sum ")"
 * call       → FUNCTION ( ("^" | SUPERSCRIPT) whole number )? ( "(" sum ")" | bare )
 * bare       → "-" bare | call | power ( power )*              juxtaposed factors that are not calls
 * </pre>
 *
 * <p>Choices: declared variables win over the constants {@code pi} and {@code e}; a function without
 * parentheses takes the juxtaposed factors after it, up to the next function or operator, so
 * {@code sin 2x} = sin(2x), {@code sin x^2} = sin(x²), {@code sin x cos x} = sin(x)·cos(x),
 * {@code sin x/2} = sin(x)/2 and {@code sin -x} = sin(-x) (but {@code sin + x} lacks an argument);
 * with parentheses the argument is the group, so {@code sin(x)^2} = (sin x)² and {@code sin^2 x} =
 * (sin x)². Implicit and explicit products share one precedence level, so {@code 1/2x} = (1/2)·x
 * and {@code e^2x} = e²·x. A number never multiplies by juxtaposition after another factor
 * ({@code 2 3}, {@code x 2} are errors).
 *
 * <p>Limits: {@value #MAX_LENGTH} characters; {@value #MAX_DEPTH} levels, where the whole expression
 * is the first level and each parenthesis, sign, exponent, bare function argument and each operator
 * in a chain such as {@code x+x+x} adds one. The count bounds the height of the tree, so neither
 * this parser nor any code that walks the tree recursively can exhaust the stack. A number literal
 * must be finite; a number written as an exponent must lie within ±{@value #MAX_LITERAL_EXPONENT}.
 */
public final class ExpressionParser {

    /** The longest accepted input, in characters. */
    public static final int MAX_LENGTH = 2000;
    /** The most levels accepted; a parsed tree is at most this high (a leaf has height 0). */
    public static final int MAX_DEPTH = 200;
    /** The largest |n| accepted in a power whose exponent is a number literal. */
    public static final int MAX_LITERAL_EXPONENT = 10_000;

    private final List<Token> tokens;
    private final Variables variables;
    private int current;
    private int depth;

    private ExpressionParser(List<Token> tokens, Variables variables) {
        this.tokens = tokens;
        this.variables = variables;
    }

    /**
     * The tree of {@code source}, whose names are resolved against {@code variables}.
     *
     * @throws ExpressionException when the text is not an expression; never any other exception
     */
    public static Expr parse(String source, Variables variables) {
        if (source == null) {
            throw new ExpressionException(ErrorKey.EMPTY, 1);
        }
        if (source.length() > MAX_LENGTH) {
            throw new ExpressionException(
                    ErrorKey.TOO_LONG,
                    source.codePointCount(0, MAX_LENGTH) + 1,
                    String.valueOf(source.length()),
                    String.valueOf(MAX_LENGTH));
        }
        return new ExpressionParser(Lexer.tokenize(source), variables).expression();
    }

    private Expr expression() {
        if (check(Token.Type.END)) {
            throw new ExpressionException(ErrorKey.EMPTY, 1);
        }
        Expr tree = sum();
        if (check(Token.Type.RIGHT_PAREN)) {
            throw new ExpressionException(ErrorKey.UNMATCHED_CLOSING_PAREN, peek().column());
        }
        if (!check(Token.Type.END)) {
            throw unexpected(peek());
        }
        return tree;
    }

    private Expr sum() {
        int outer = depth;
        Expr left = product();
        while (check(Token.Type.PLUS) || check(Token.Type.MINUS)) {
            enter();
            Expr.BinaryOp op = advance().type() == Token.Type.PLUS ? Expr.BinaryOp.ADD : Expr.BinaryOp.SUB;
            left = new Expr.Binary(op, left, product());
        }
        depth = outer;
        return left;
    }

    private Expr product() {
        int outer = depth;
        Expr left = unary();
        while (true) {
            if (check(Token.Type.STAR) || check(Token.Type.SLASH)) {
                enter();
                Expr.BinaryOp op = advance().type() == Token.Type.STAR ? Expr.BinaryOp.MUL : Expr.BinaryOp.DIV;
                left = new Expr.Binary(op, left, unary());
            } else if (check(Token.Type.IDENTIFIER) || check(Token.Type.LEFT_PAREN)) {
                enter();
                left = new Expr.Binary(Expr.BinaryOp.MUL, left, power());
            } else if (check(Token.Type.NUMBER)) {
                throw new ExpressionException(
                        ErrorKey.MISSING_OPERATOR, peek().column(), previous().text(), peek().text());
            } else {
                depth = outer;
                return left;
            }
        }
    }

    private Expr unary() {
        int outer = depth;
        enter();
        try {
            if (match(Token.Type.MINUS)) {
                return new Expr.Neg(unary());
            }
            if (match(Token.Type.PLUS)) {
                return unary();
            }
            return power();
        } finally {
            depth = outer;
        }
    }

    private Expr power() {
        Expr base = postfix();
        if (match(Token.Type.CARET)) {
            Token first = peek();
            Expr exponent = unary();
            checkLiteralExponent(exponent, first);
            return new Expr.Binary(Expr.BinaryOp.POW, base, exponent);
        }
        return base;
    }

    private Expr postfix() {
        int outer = depth;
        Expr base = primary();
        while (check(Token.Type.SUPERSCRIPT)) {
            enter();
            base = new Expr.Binary(Expr.BinaryOp.POW, base, superscript(advance()));
        }
        depth = outer;
        return base;
    }

    private Expr primary() {
        Token token = peek();
        return switch (token.type()) {
            case NUMBER -> new Expr.Num(advance().number());
            case IDENTIFIER -> identifier(advance());
            case LEFT_PAREN -> group();
            case END ->
                throw new ExpressionException(
                        ErrorKey.UNEXPECTED_END, token.column(), previous().text());
            default -> throw unexpected(token);
        };
    }

    private Expr group() {
        Token open = advance();
        if (check(Token.Type.RIGHT_PAREN)) {
            throw new ExpressionException(ErrorKey.EMPTY_PARENTHESES, peek().column());
        }
        Expr inner = sum();
        if (match(Token.Type.RIGHT_PAREN)) {
            return inner;
        }
        if (check(Token.Type.END)) {
            throw new ExpressionException(
                    ErrorKey.MISSING_CLOSING_PAREN, peek().column(), String.valueOf(open.column()));
        }
        throw unexpected(peek());
    }

    private Expr identifier(Token token) {
        String name = token.name();
        if (variables.contains(name)) {
            return new Expr.Var(name);
        }
        Expr.Function function = FunctionNames.lookup(name);
        if (function != null) {
            return call(token, function);
        }
        if (name.equals("π") || name.equals("pi")) {
            return new Expr.Const(Expr.Constant.PI);
        }
        if (name.equals("e")) {
            return new Expr.Const(Expr.Constant.E);
        }
        throw Suggestions.unknownName(token, check(Token.Type.LEFT_PAREN), variables);
    }

    private Expr call(Token name, Expr.Function function) {
        Expr power = functionPower(name);
        Expr argument;
        if (check(Token.Type.LEFT_PAREN)) {
            argument = group();
        } else if (startsBare()) {
            argument = bare();
        } else {
            throw new ExpressionException(ErrorKey.MISSING_ARGUMENT, peek().column(), name.text());
        }
        Expr call = new Expr.Call(function, argument);
        return power == null ? call : new Expr.Binary(Expr.BinaryOp.POW, call, power);
    }

    /** The n of {@code sin^n x} or {@code sin² x}, or null when the name is not followed by a power. */
    private Expr functionPower(Token name) {
        if (check(Token.Type.SUPERSCRIPT)) {
            Token exponent = advance();
            if (exponent.number() < 1) {
                throw new ExpressionException(ErrorKey.FUNCTION_POWER, name.column(), name.text(), exponent.name());
            }
            return superscript(exponent);
        }
        if (!match(Token.Type.CARET)) {
            return null;
        }
        Token exponent = peek();
        if (exponent.type() == Token.Type.END) {
            throw new ExpressionException(
                    ErrorKey.UNEXPECTED_END, exponent.column(), previous().text());
        }
        boolean wholeNumber = exponent.type() == Token.Type.NUMBER
                && exponent.number() >= 1
                && exponent.number() == Math.rint(exponent.number());
        if (!wholeNumber) {
            String shown = exponent.type() == Token.Type.MINUS && peekNext().type() == Token.Type.NUMBER
                    ? "-" + peekNext().text()
                    : exponent.text();
            throw new ExpressionException(ErrorKey.FUNCTION_POWER, name.column(), name.text(), shown);
        }
        advance();
        Expr n = new Expr.Num(exponent.number());
        checkLiteralExponent(n, exponent);
        return n;
    }

    private Expr bare() {
        int outer = depth;
        enter();
        try {
            if (match(Token.Type.MINUS)) {
                return new Expr.Neg(bare());
            }
            boolean startsWithCall = isFunctionName(peek());
            Expr argument = power();
            while (!startsWithCall
                    && (check(Token.Type.LEFT_PAREN) || (check(Token.Type.IDENTIFIER) && !isFunctionName(peek())))) {
                enter();
                argument = new Expr.Binary(Expr.BinaryOp.MUL, argument, power());
            }
            return argument;
        } finally {
            depth = outer;
        }
    }

    private boolean startsBare() {
        return switch (peek().type()) {
            case NUMBER, IDENTIFIER, MINUS -> true;
            default -> false;
        };
    }

    private boolean isFunctionName(Token token) {
        return token.type() == Token.Type.IDENTIFIER
                && !variables.contains(token.name())
                && FunctionNames.lookup(token.name()) != null;
    }

    private Expr superscript(Token token) {
        double n = token.number();
        Expr exponent = n < 0 ? new Expr.Neg(new Expr.Num(-n)) : new Expr.Num(n);
        checkLiteralExponent(exponent, token);
        return exponent;
    }

    private void checkLiteralExponent(Expr exponent, Token first) {
        double value =
                switch (exponent) {
                    case Expr.Num n -> n.value();
                    case Expr.Neg(Expr.Num n) -> n.value();
                    default -> 0;
                };
        if (Math.abs(value) > MAX_LITERAL_EXPONENT) {
            String shown = (exponent instanceof Expr.Neg ? "-" : "") + Numbers.plain(value);
            throw new ExpressionException(
                    ErrorKey.EXPONENT_TOO_LARGE, first.column(), shown, String.valueOf(MAX_LITERAL_EXPONENT));
        }
    }

    private ExpressionException unexpected(Token token) {
        if (current == 0 && token.type() == Token.Type.RIGHT_PAREN) {
            return new ExpressionException(ErrorKey.UNMATCHED_CLOSING_PAREN, token.column());
        }
        if (current == 0) {
            return new ExpressionException(ErrorKey.MISSING_OPERAND, token.column(), token.text());
        }
        return new ExpressionException(
                ErrorKey.UNEXPECTED_TOKEN,
                token.column(),
                token.text(),
                previous().text());
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw new ExpressionException(ErrorKey.TOO_DEEP, peek().column(), String.valueOf(MAX_DEPTH));
        }
    }

    private boolean match(Token.Type type) {
        if (check(type)) {
            advance();
            return true;
        }
        return false;
    }

    private boolean check(Token.Type type) {
        return peek().type() == type;
    }

    private Token advance() {
        Token token = peek();
        if (token.type() != Token.Type.END) {
            current++;
        }
        return token;
    }

    private Token peek() {
        return tokens.get(current);
    }

    private Token peekNext() {
        return tokens.get(Math.min(current + 1, tokens.size() - 1));
    }

    private Token previous() {
        return tokens.get(current - 1);
    }
}
