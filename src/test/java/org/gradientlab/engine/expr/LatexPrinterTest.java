package org.gradientlab.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LatexPrinterTest {

    static Stream<Arguments> previews() {
        return Stream.of(
                Arguments.of("2x^2 + 3x - 1", "2 x^{2} + 3 x - 1"),
                Arguments.of("x1^2 + x2", "x_{1}^{2} + x_{2}"),
                Arguments.of("1/(1+e^(-x))", "\\frac{1}{1 + e^{-x}}"),
                Arguments.of("exp(-x^2/2)", "e^{-\\frac{x^{2}}{2}}"),
                Arguments.of("-1/x", "-\\frac{1}{x}"),
                Arguments.of("(-x)/y*z", "-\\frac{x}{y} z"),
                Arguments.of("x*(-1/y)", "x \\left(-\\frac{1}{y}\\right)"),
                Arguments.of("sqrt(x+1)", "\\sqrt{x + 1}"),
                Arguments.of("abs(x)", "\\left|x\\right|"),
                Arguments.of("sigmoid(x)", "\\sigma\\left(x\\right)"),
                Arguments.of("relu(x)", "\\operatorname{relu}\\left(x\\right)"),
                Arguments.of("ln x", "\\ln\\left(x\\right)"),
                Arguments.of("tanh(x)", "\\tanh\\left(x\\right)"),
                Arguments.of("2*3", "2 \\cdot 3"),
                Arguments.of("x*2", "x \\cdot 2"),
                Arguments.of("2*(1/2)", "2 \\cdot \\frac{1}{2}"),
                Arguments.of("2 pi x", "2 \\pi x"),
                Arguments.of("(x+1)(x-1)", "\\left(x + 1\\right) \\left(x - 1\\right)"),
                Arguments.of("-(x+1)", "-\\left(x + 1\\right)"),
                Arguments.of("x - (y - z)", "x - \\left(y - z\\right)"),
                Arguments.of("x*(-y)", "x \\left(-y\\right)"),
                Arguments.of("x + -y", "x + \\left(-y\\right)"),
                Arguments.of("(-x)^2", "\\left(-x\\right)^{2}"),
                Arguments.of("-x^2", "-x^{2}"),
                Arguments.of("(x^2)^3", "\\left(x^{2}\\right)^{3}"),
                Arguments.of("sin(x)^2", "\\sin\\left(x\\right)^{2}"),
                Arguments.of("exp(x)^2", "\\left(e^{x}\\right)^{2}"),
                Arguments.of("1e-7 x", "10^{-7} x"),
                Arguments.of("2.5e20", "2.5 \\cdot 10^{20}"));
    }

    @ParameterizedTest(name = "{0} previews as {1}")
    @MethodSource("previews")
    void expressions_preview_as_conventional_mathematics(String input, String latex) {
        assertThat(LatexPrinter.print(ExpressionParser.parse(input, Variables.DEFAULT)))
                .isEqualTo(latex);
    }

    @Test
    void variable_names_become_symbols_with_subscripts() {
        Variables names = Variables.of("alpha", "lr", "beta1", "x_max", "w_2");
        assertThat(LatexPrinter.print(ExpressionParser.parse("alpha lr + beta1 x_max w_2", names)))
                .isEqualTo("\\alpha \\mathit{lr} + \\beta_{1} x_{\\mathrm{max}} w_{2}");
    }

    @Test
    void every_random_tree_prints_balanced_latex() {
        RandomExpressions random = new RandomExpressions(5, Variables.of("x", "y", "x1"));
        for (int i = 0; i < 1_000; i++) {
            String latex = LatexPrinter.print(random.next(1 + i % 6));
            assertThat(depthNeverNegativeAndEndsAtZero(latex, '{', '}'))
                    .as(latex)
                    .isTrue();
            assertThat(count(latex, "\\left")).as(latex).isEqualTo(count(latex, "\\right"));
            assertThat(latex).as(latex).doesNotContain("--", "+ +", "- -", "^{}");
        }
    }

    private static boolean depthNeverNegativeAndEndsAtZero(String s, char open, char close) {
        int depth = 0;
        for (char c : s.toCharArray()) {
            depth += c == open ? 1 : c == close ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
