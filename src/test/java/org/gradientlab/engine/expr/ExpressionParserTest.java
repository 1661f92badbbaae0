package org.gradientlab.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExpressionParserTest {

    private static Arguments ok(String input, String tree) {
        return Arguments.of(input, tree);
    }

    private static Arguments error(String input, ErrorKey key, int column) {
        return Arguments.of(input, key, column);
    }

    static Stream<Arguments> valid() {
        return Stream.of(
                // numbers
                ok("2", "2"),
                ok("0.5", "0.5"),
                ok(".5", "0.5"),
                ok("1e-3", "0.001"),
                ok("1E3", "1000"),
                ok("2.5e+2", "250"),
                ok("1.", "1"),
                ok("007", "7"),
                // precedence and associativity
                ok("1+2*3", "(+ 1 (* 2 3))"),
                ok("1-2-3", "(- (- 1 2) 3)"),
                ok("8/4/2", "(/ (/ 8 4) 2)"),
                ok("2^3^2", "(^ 2 (^ 3 2))"),
                ok("x**2", "(^ x 2)"),
                ok("-x^2", "(neg (^ x 2))"),
                ok("-2^2", "(neg (^ 2 2))"),
                ok("2^-1", "(^ 2 (neg 1))"),
                ok("x^-y^2", "(^ x (neg (^ y 2)))"),
                ok("-x*y", "(* (neg x) y)"),
                ok("--x", "(neg (neg x))"),
                ok("+x", "x"),
                ok("x - -1", "(- x (neg 1))"),
                ok("(x+1)*2", "(* (+ x 1) 2)"),
                ok("2*x^2 + 3*x - 1", "(- (+ (* 2 (^ x 2)) (* 3 x)) 1)"),
                ok("a/b*t", "(* (/ a b) t)"),
                // implicit multiplication
                ok("2x", "(* 2 x)"),
                ok("2(x+1)", "(* 2 (+ x 1))"),
                ok("(x+1)(x-1)", "(* (+ x 1) (- x 1))"),
                ok("x sin(x)", "(* x (sin x))"),
                ok("2 pi x", "(* (* 2 #pi) x)"),
                ok("x y", "(* x y)"),
                ok("2x^2", "(* 2 (^ x 2))"),
                ok("1/2x", "(* (/ 1 2) x)"),
                ok("x(x+1)", "(* x (+ x 1))"),
                ok("2e", "(* 2 #e)"),
                ok("e^2x", "(* (^ #e 2) x)"),
                ok("2 sin x cos x", "(* (* 2 (sin x)) (cos x))"),
                ok("(x)(y)(z)", "(* (* x y) z)"),
                ok("-2x", "(* (neg 2) x)"),
                // pasted Unicode and whitespace
                ok("x²", "(^ x 2)"),
                ok("x³+1", "(+ (^ x 3) 1)"),
                ok("x²y", "(* (^ x 2) y)"),
                ok("(x+1)²", "(^ (+ x 1) 2)"),
                ok("x¹⁰", "(^ x 10)"),
                ok("x⁻¹", "(^ x (neg 1))"),
                ok("2·x", "(* 2 x)"),
                ok("2×x", "(* 2 x)"),
                ok("x−1", "(- x 1)"),
                ok("2.5e−3", "0.0025"),
                ok("x ÷ 2", "(/ x 2)"),
                ok("π", "#pi"),
                ok("2π", "(* 2 #pi)"),
                ok("x₁+x₂", "(+ x1 x2)"),
                ok("√x", "(sqrt x)"),
                ok("2√(x+1)", "(* 2 (sqrt (+ x 1)))"),
                ok("x\t*\ty", "(* x y)"),
                ok("\n x\u00A0+ 1 \r\n", "(+ x 1)"),
                // functions, with and without parentheses
                ok("sin(x)", "(sin x)"),
                ok("ln(x)", "(log x)"),
                ok("log(x)", "(log x)"),
                ok("sin x", "(sin x)"),
                ok("ln 2", "(log 2)"),
                ok("sin 2x", "(sin (* 2 x))"),
                ok("sin x^2", "(sin (^ x 2))"),
                ok("sin x cos x", "(* (sin x) (cos x))"),
                ok("sin x/2", "(/ (sin x) 2)"),
                ok("sin -x", "(sin (neg x))"),
                ok("sin cos x", "(sin (cos x))"),
                ok("sqrt x + 1", "(+ (sqrt x) 1)"),
                ok("tanh 2 pi x", "(tanh (* (* 2 #pi) x))"),
                ok("sin^2 x", "(^ (sin x) 2)"),
                ok("sin²(x)", "(^ (sin x) 2)"),
                ok("sin(x)^2", "(^ (sin x) 2)"),
                ok("sin(x)(x+1)", "(* (sin x) (+ x 1))"),
                ok("exp(-x^2/2)", "(exp (/ (neg (^ x 2)) 2))"),
                ok("abs(x) + relu(x) + sigmoid(x)", "(+ (+ (abs x) (relu x)) (sigmoid x))"),
                ok("tan(x) - tanh(x)", "(- (tan x) (tanh x))"),
                ok("sign(x)*step(x)", "(* (sign x) (step x))"),
                ok("e^x", "(^ #e x)"),
                ok("pi", "#pi"));
    }

    @ParameterizedTest(name = "{0} reads as {1}")
    @MethodSource("valid")
    void valid_input_reads_as_the_expected_tree(String input, String tree) {
        assertThat(SExpr.of(ExpressionParser.parse(input, Variables.DEFAULT))).isEqualTo(tree);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                error("", ErrorKey.EMPTY, 1),
                error("   \t", ErrorKey.EMPTY, 1),
                error("2x+", ErrorKey.UNEXPECTED_END, 4),
                error("2^", ErrorKey.UNEXPECTED_END, 3),
                error("-", ErrorKey.UNEXPECTED_END, 2),
                error("(x+1", ErrorKey.MISSING_CLOSING_PAREN, 5),
                error("sin(x", ErrorKey.MISSING_CLOSING_PAREN, 6),
                error("x)", ErrorKey.UNMATCHED_CLOSING_PAREN, 2),
                error(")x", ErrorKey.UNMATCHED_CLOSING_PAREN, 1),
                error("()", ErrorKey.EMPTY_PARENTHESES, 2),
                error("sin()", ErrorKey.EMPTY_PARENTHESES, 5),
                error("xy", ErrorKey.UNKNOWN_VARIABLE, 1),
                error("x + xy", ErrorKey.UNKNOWN_VARIABLE, 5),
                error("w", ErrorKey.UNKNOWN_VARIABLE, 1),
                error("foo(x)", ErrorKey.UNKNOWN_FUNCTION, 1),
                error("2 3", ErrorKey.MISSING_OPERATOR, 3),
                error("(x+1)2", ErrorKey.MISSING_OPERATOR, 6),
                error("x+*y", ErrorKey.UNEXPECTED_TOKEN, 3),
                error("2^^3", ErrorKey.UNEXPECTED_TOKEN, 3),
                error("*x", ErrorKey.MISSING_OPERAND, 1),
                error("²", ErrorKey.MISSING_OPERAND, 1),
                error("1e999", ErrorKey.NUMBER_TOO_LARGE, 1),
                error("x + 2e308", ErrorKey.NUMBER_TOO_LARGE, 5),
                error("x^20000", ErrorKey.EXPONENT_TOO_LARGE, 3),
                error("x^-20000", ErrorKey.EXPONENT_TOO_LARGE, 3),
                error("x²²²²²", ErrorKey.EXPONENT_TOO_LARGE, 2),
                error("x#2", ErrorKey.INVALID_CHARACTER, 2),
                error("x² + #", ErrorKey.INVALID_CHARACTER, 6),
                error("x\u0007", ErrorKey.INVALID_CHARACTER, 2),
                error("0,5", ErrorKey.COMMA, 2),
                error("2|x|", ErrorKey.ABSOLUTE_BAR, 2),
                error("y = x", ErrorKey.EQUALS_SIGN, 3),
                error("[x]", ErrorKey.BRACKET, 1),
                error("sin", ErrorKey.MISSING_ARGUMENT, 4),
                error("2 sin + 1", ErrorKey.MISSING_ARGUMENT, 7),
                error("sin * x", ErrorKey.MISSING_ARGUMENT, 5),
                error("sin^-1 x", ErrorKey.FUNCTION_POWER, 1),
                error("sin⁻¹(x)", ErrorKey.FUNCTION_POWER, 1),
                error("1.2.3", ErrorKey.MALFORMED_NUMBER, 1),
                error("x + .", ErrorKey.MALFORMED_NUMBER, 5),
                error("x⁻", ErrorKey.MALFORMED_NUMBER, 2),
                error("(".repeat(250) + "x" + ")".repeat(250), ErrorKey.TOO_DEEP, 201),
                error("-".repeat(300) + "x", ErrorKey.TOO_DEEP, 201),
                error("x+".repeat(1000) + "x", ErrorKey.TOO_LONG, 2001));
    }

    @ParameterizedTest(name = "{0} fails with {1} at column {2}")
    @MethodSource("malformed")
    void malformed_input_fails_with_the_expected_key_and_column(String input, ErrorKey key, int column) {
        ExpressionException e =
                catchThrowableOfType(ExpressionException.class, () -> ExpressionParser.parse(input, Variables.DEFAULT));
        assertThat(e).as("parsing %s should fail", input).isNotNull();
        assertThat(e.key()).isEqualTo(key);
        assertThat(e.column()).isEqualTo(column);
        boolean aboutTheWholeText = key == ErrorKey.EMPTY || key == ErrorKey.TOO_LONG;
        assertThat(e.getMessage()).contains(aboutTheWholeText ? "The expression is" : "column " + column);
    }

    private static ExpressionException failure(String input, Variables variables) {
        ExpressionException e =
                catchThrowableOfType(ExpressionException.class, () -> ExpressionParser.parse(input, variables));
        assertThat(e).as("parsing %s should fail", input).isNotNull();
        return e;
    }

    @Test
    void names_run_together_are_split_in_the_suggestion() {
        ExpressionException xy = failure("2 + xy", Variables.DEFAULT);
        assertThat(xy.arguments().subList(0, 2)).containsExactly("xy", "x*y");
        assertThat(xy.getMessage()).isEqualTo("Unknown variable 'xy' at column 5 — did you mean x*y?");

        assertThat(failure("x1x2", Variables.DEFAULT).arguments().get(1)).isEqualTo("x1*x2");
        assertThat(failure("sinx", Variables.DEFAULT).arguments().get(1)).isEqualTo("sin(x)");
        assertThat(failure("ln2", Variables.DEFAULT).arguments().get(1)).isEqualTo("ln(2)");
        assertThat(failure("2pix", Variables.DEFAULT).arguments().get(1)).isEqualTo("pi*x");
        assertThat(failure("xsin(x)", Variables.DEFAULT).arguments().get(1)).isEqualTo("x*sin(…)");
        assertThat(failure("sinxcosx", Variables.DEFAULT).arguments().get(1)).isEqualTo("sin(x)*cos(x)");
        assertThat(failure("sincosx", Variables.DEFAULT).arguments().get(1)).isEqualTo("sin(cos(x))");
        assertThat(failure("xyz", Variables.DEFAULT).arguments().get(1)).isEqualTo("x*y*z");
    }

    @Test
    void other_slips_get_a_suggestion() {
        assertThat(failure("Sin(x)", Variables.DEFAULT).arguments().get(1)).isEqualTo("sin");
        assertThat(failure("X + 1", Variables.DEFAULT).arguments().get(1)).isEqualTo("x");
        assertThat(failure("sqr(x)", Variables.DEFAULT).arguments().get(1)).isEqualTo("sqrt");
        assertThat(failure("sine x", Variables.DEFAULT).arguments().get(1)).isEqualTo("sin");
        assertThat(failure("w2", Variables.of("w")).arguments().get(1)).isEqualTo("w^2");
    }

    @Test
    void an_identifier_with_no_good_guess_lists_what_is_available() {
        ExpressionException e = failure("sinh(x)", Variables.DEFAULT);
        assertThat(e.key()).isEqualTo(ErrorKey.UNKNOWN_FUNCTION);
        assertThat(e.arguments().get(1)).isEmpty();
        assertThat(e.getMessage()).contains("'sinh'", "sin, cos, tan");

        ExpressionException w = failure("q", Variables.of("x", "y"));
        assertThat(w.getMessage()).isEqualTo("Unknown variable 'q' at column 1; the variables here are x, y.");
    }

    @Test
    void an_unclosed_parenthesis_names_where_it_was_opened() {
        ExpressionException e = failure("2*(x+(y-1)", Variables.DEFAULT);
        assertThat(e.key()).isEqualTo(ErrorKey.MISSING_CLOSING_PAREN);
        assertThat(e.arguments()).containsExactly("3");
        assertThat(e.getMessage()).isEqualTo("Missing ')' at column 11 for the '(' opened at column 3.");
    }

    @Test
    void declared_variables_win_over_constants() {
        Expr tree = ExpressionParser.parse("e*x + pi", Variables.of("e", "x"));
        assertThat(tree)
                .isEqualTo(new Expr.Binary(
                        Expr.BinaryOp.ADD,
                        new Expr.Binary(Expr.BinaryOp.MUL, new Expr.Var("e"), new Expr.Var("x")),
                        new Expr.Const(Expr.Constant.PI)));
    }

    @Test
    void only_declared_variables_are_accepted() {
        Variables xy = Variables.of("x1", "x2");
        assertThat(SExpr.of(ExpressionParser.parse("x1^2 + x1 x2", xy))).isEqualTo("(+ (^ x1 2) (* x1 x2))");
        assertThat(failure("x", xy).key()).isEqualTo(ErrorKey.UNKNOWN_VARIABLE);
        assertThat(failure("x3", xy).arguments().get(1)).isEmpty();
    }

    @Test
    void nesting_is_accepted_up_to_the_limit_and_not_beyond() {
        int parentheses = ExpressionParser.MAX_DEPTH - 1;
        String deepest = "(".repeat(parentheses) + "x" + ")".repeat(parentheses);
        assertThat(ExpressionParser.parse(deepest, Variables.DEFAULT)).isEqualTo(new Expr.Var("x"));
        assertThat(failure("(" + deepest + ")", Variables.DEFAULT).key()).isEqualTo(ErrorKey.TOO_DEEP);
    }

    @Test
    void input_of_exactly_the_maximum_length_is_accepted() {
        String padded = "x^2 + 1" + " ".repeat(ExpressionParser.MAX_LENGTH - 7);
        assertThat(padded).hasSize(ExpressionParser.MAX_LENGTH);
        assertThat(SExpr.of(ExpressionParser.parse(padded, Variables.DEFAULT))).isEqualTo("(+ (^ x 2) 1)");
        assertThat(failure(padded + " ", Variables.DEFAULT).key()).isEqualTo(ErrorKey.TOO_LONG);
    }

    @Test
    void a_long_chain_of_operations_counts_towards_the_depth_limit() {
        String sum = "x" + "+x".repeat(150);
        assertThat(Trees.height(ExpressionParser.parse(sum, Variables.DEFAULT))).isEqualTo(150);
        ExpressionException tooMany = failure("x" + "+x".repeat(250), Variables.DEFAULT);
        assertThat(tooMany.key()).isEqualTo(ErrorKey.TOO_DEEP);
        assertThat(tooMany.column()).isEqualTo(401);
    }

    @Test
    void columns_count_characters_as_the_student_sees_them() {
        assertThat(failure("😀 + x", Variables.DEFAULT).column()).isEqualTo(1);
        assertThat(failure("x² + y³ + ?", Variables.DEFAULT).column()).isEqualTo(11);
    }

    @Test
    void a_null_text_is_empty() {
        assertThat(failure(null, Variables.DEFAULT).key()).isEqualTo(ErrorKey.EMPTY);
    }
}
