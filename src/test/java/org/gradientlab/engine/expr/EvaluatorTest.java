package org.gradientlab.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

    /** Results of one or two correctly rounded operations on doubles near 1: a few ulps. */
    private static final double ULPS = 1e-15;

    private static double at(String text, double x) {
        return Evaluator.evaluate(ExpressionParser.parse(text, Variables.DEFAULT), Map.of("x", x));
    }

    private static double value(String text) {
        return Evaluator.evaluate(ExpressionParser.parse(text, Variables.DEFAULT), Map.of());
    }

    @Test
    void elementary_functions_take_their_textbook_values() {
        assertThat(value("sin(pi/6)")).isCloseTo(0.5, within(ULPS));
        assertThat(value("cos(pi)")).isCloseTo(-1, within(ULPS));
        assertThat(value("tan(pi/4)")).isCloseTo(1, within(ULPS));
        assertThat(value("exp(ln 2)")).isCloseTo(2, within(ULPS));
        assertThat(value("log(e)")).isCloseTo(1, within(ULPS));
        assertThat(value("ln(e^3)")).isCloseTo(3, within(4 * ULPS));
        assertThat(value("sqrt(2)^2")).isCloseTo(2, within(4 * ULPS));
        assertThat(value("tanh(0)")).isZero();
        assertThat(value("sigmoid(0)")).isEqualTo(0.5);
        assertThat(value("abs(-2.5)")).isEqualTo(2.5);
    }

    @Test
    void powers_are_exact_where_the_result_is_representable() {
        assertThat(value("2^10")).isEqualTo(1024);
        assertThat(value("2^3^2")).isEqualTo(512);
        assertThat(value("2^-1")).isEqualTo(0.5);
        assertThat(value("4^0.5")).isEqualTo(2);
        assertThat(value("(-2)^3")).isEqualTo(-8);
        assertThat(at("-x^2", 3)).isEqualTo(-9);
        assertThat(at("x²", -3)).isEqualTo(9);
    }

    @Test
    void identities_between_functions_hold() {
        for (double x : new double[] {-3, -0.7, 0.2, 1.3, 5}) {
            assertThat(at("sigmoid(x) + sigmoid(-x)", x)).isCloseTo(1, within(2 * ULPS));
            assertThat(at("tanh(x) - (2 sigmoid(2x) - 1)", x)).isCloseTo(0, within(4 * ULPS));
            assertThat(at("sin(x)^2 + cos(x)^2", x)).isCloseTo(1, within(4 * ULPS));
            assertThat(at("(x+1)(x-1) - (x^2 - 1)", x)).isCloseTo(0, within(64 * ULPS));
        }
    }

    @Test
    void relu_sign_and_step_follow_pytorch_at_zero() {
        assertThat(at("relu(x)", -3)).isZero();
        assertThat(at("relu(x)", 2.5)).isEqualTo(2.5);
        assertThat(at("relu(x)", 0)).isZero();
        assertThat(at("sign(x)", -3)).isEqualTo(-1);
        assertThat(at("sign(x)", 0)).isZero();
        assertThat(at("sign(x)", 1e-300)).isEqualTo(1);
        assertThat(at("step(x)", 0)).isZero();
        assertThat(at("step(x)", 1e-300)).isEqualTo(1);
        assertThat(at("step(x)", -2)).isZero();
    }

    @Test
    void undefined_results_are_returned_as_ieee_values() {
        assertThat(at("1/x", 0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(at("log(x)", 0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(at("log(x)", -1)).isNaN();
        assertThat(at("sqrt(x)", -1)).isNaN();
        assertThat(at("x/x", 0)).isNaN();
        assertThat(at("step(x)", Double.NaN)).isNaN();
        assertThat(at("relu(x)", Double.NaN)).isNaN();
        assertThat(at("sigmoid(x)", -1000)).isZero();
        assertThat(at("exp(x)", 1000)).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void the_compiled_form_agrees_bit_for_bit_with_evaluation_by_name() {
        Variables xy = Variables.of("x", "y");
        RandomExpressions random = new RandomExpressions(99, xy);
        for (int i = 0; i < 500; i++) {
            Expr tree = random.next(5);
            ToDoubleFunction<double[]> compiled = Evaluator.compile(tree, xy);
            double x = random.coordinate(4);
            double y = random.coordinate(4);
            double byName = Evaluator.evaluate(tree, Map.of("x", x, "y", y));
            assertThat(Double.doubleToLongBits(compiled.applyAsDouble(new double[] {x, y})))
                    .isEqualTo(Double.doubleToLongBits(byName));
        }
    }

    @Test
    void the_point_follows_the_declared_order() {
        Expr tree = ExpressionParser.parse("x1 - 10 x2", Variables.of("x1", "x2"));
        assertThat(Evaluator.evaluate(tree, Variables.of("x1", "x2"), 1, 2)).isEqualTo(-19);
        assertThat(Evaluator.evaluate(tree, Variables.of("x2", "x1"), 1, 2)).isEqualTo(-8);
    }

    @Test
    void a_missing_value_is_a_programming_error() {
        Expr tree = ExpressionParser.parse("x + y", Variables.DEFAULT);
        assertThatThrownBy(() -> Evaluator.evaluate(tree, Map.of("x", 1.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("y");
        assertThatThrownBy(() -> Evaluator.compile(tree, Variables.of("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("y");
        assertThatThrownBy(() -> Evaluator.evaluate(tree, Variables.of("x", "y"), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected 2");
    }
}
