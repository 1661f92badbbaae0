package org.gradientlab.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SimplifierTest {

    private static final Variables VARIABLES = Variables.of("x", "y", "z", "a", "b");

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("x + 0", "x"),
                Arguments.of("0 + x", "x"),
                Arguments.of("x - 0", "x"),
                Arguments.of("0 - x", "-x"),
                Arguments.of("0*x", "0"),
                Arguments.of("1*x", "x"),
                Arguments.of("x/1", "x"),
                Arguments.of("0/x", "0"),
                Arguments.of("x^1", "x"),
                Arguments.of("x^0", "1"),
                Arguments.of("1^x", "1"),
                Arguments.of("--x", "x"),
                Arguments.of("-(x - y)", "y - x"),
                Arguments.of("2*3", "6"),
                Arguments.of("2^10", "1024"),
                Arguments.of("2^-1", "0.5"),
                Arguments.of("1/4", "0.25"),
                Arguments.of("1/3", "1/3"),
                Arguments.of("0.1 + 0.2", "0.1 + 0.2"),
                Arguments.of("3 - 5", "-2"),
                Arguments.of("x*x", "x^2"),
                Arguments.of("x*x^3", "x^4"),
                Arguments.of("x^2*y*x^0.5", "x^2.5*y"),
                Arguments.of("x - x", "0"),
                Arguments.of("x/x", "1"),
                Arguments.of("x + x", "2*x"),
                Arguments.of("(x + y) - y", "x"),
                Arguments.of("2*x*3", "6*x"),
                Arguments.of("x*(-2)", "-2*x"),
                Arguments.of("x*-y*z", "-x*y*z"),
                Arguments.of("x + -y", "x - y"),
                Arguments.of("x - -y", "x + y"),
                Arguments.of("-x + y", "y - x"),
                Arguments.of("a/(-b)", "-a/b"),
                Arguments.of("4x/(2y)", "2*(x/y)"),
                Arguments.of("6/(3x)", "2/x"),
                Arguments.of("sqrt(4)", "2"),
                Arguments.of("sin(0)", "0"),
                Arguments.of("exp(0)", "1"),
                Arguments.of("log(1)", "0"),
                Arguments.of("ln(e)", "1"),
                Arguments.of("abs(-3)", "3"),
                Arguments.of("sqrt(2)", "sqrt(2)"),
                Arguments.of("sin(1)", "sin(1)"));
    }

    @ParameterizedTest(name = "{0} simplifies to {1}")
    @MethodSource("rules")
    void each_rule_gives_the_expected_form(String input, String simplified) {
        Expr tree = ExpressionParser.parse(input, VARIABLES);
        assertThat(TextPrinter.print(Simplifier.simplify(tree), VARIABLES)).isEqualTo(simplified);
    }

    @Test
    void simplifying_preserves_values_where_the_original_is_defined() {
        RandomExpressions random = new RandomExpressions(31, VARIABLES);
        SplittableRandom noise = new SplittableRandom(32);
        int compared = 0;
        for (int i = 0; i < 2_000; i++) {
            Expr tree = random.next(1 + i % 5);
            Expr simple = Simplifier.simplify(tree);
            double[] point = {
                random.coordinate(3),
                random.coordinate(3),
                random.coordinate(3),
                random.coordinate(3),
                random.coordinate(3)
            };
            double original = Evaluator.evaluate(tree, VARIABLES, point);
            double spread = NoisyEvaluation.spread(tree, VARIABLES, point, noise);
            if (!Double.isFinite(original) || Double.isNaN(spread)) {
                continue;
            }
            // regrouped products and x*x → x^2 differ from the original by rounding only: allow
            // 100 times the Monte Carlo rounding spread plus 1e-12 relative
            double tolerance = 1e-12 * Math.abs(original) + 100 * spread;
            assertThat(Evaluator.evaluate(simple, VARIABLES, point))
                    .as("%s → %s at %s", TextPrinter.print(tree), TextPrinter.print(simple), Arrays.toString(point))
                    .isCloseTo(original, within(tolerance));
            compared++;
        }
        assertThat(compared).isGreaterThan(1_000);
    }

    @Test
    void simplified_trees_are_fixed_points_and_read_back_from_their_text() {
        RandomExpressions random = new RandomExpressions(33, VARIABLES);
        for (int i = 0; i < 2_000; i++) {
            Expr simple = Simplifier.simplify(random.next(1 + i % 5));
            assertThat(Simplifier.simplify(simple)).isEqualTo(simple);
            String text = TextPrinter.print(simple, VARIABLES);
            assertThat(ExpressionParser.parse(text, VARIABLES)).as(text).isEqualTo(simple);
        }
    }
}
