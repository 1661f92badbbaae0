package org.gradientlab.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DerivativeTest {

    static Stream<Arguments> textbook() {
        return Stream.of(
                Arguments.of("x^3", "3*x^2"),
                Arguments.of("x^3 - 2x + 1", "3*x^2 - 2"),
                Arguments.of("sin(x^2)", "2*x*cos(x^2)"),
                Arguments.of("(3x+1)^5", "15*(3*x + 1)^4"),
                Arguments.of("exp(2x)", "2*exp(2*x)"),
                Arguments.of("e^-x", "-e^(-x)"),
                Arguments.of("ln(1+x^2)", "2*x/(1 + x^2)"),
                Arguments.of("sqrt(x)", "1/(2*sqrt(x))"),
                Arguments.of("sqrt(1+x^2)", "x/sqrt(1 + x^2)"),
                Arguments.of("1/x", "-1/x^2"),
                Arguments.of("x^-2", "-2*x^(-3)"),
                Arguments.of("x/(1+x)", "1/(1 + x)^2"),
                Arguments.of("cos(x)", "-sin(x)"),
                Arguments.of("tan x", "1/cos(x)^2"),
                Arguments.of("tanh(x)", "1 - tanh(x)^2"),
                Arguments.of("sigmoid(x)", "sigmoid(x)*(1 - sigmoid(x))"),
                Arguments.of("abs(x)", "sign(x)"),
                Arguments.of("relu(x)", "step(x)"),
                Arguments.of("sign(x) + step(x)", "0"),
                Arguments.of("x^x", "x^x*(log(x) + 1)"),
                Arguments.of("2^x", "2^x*log(2)"),
                Arguments.of("x sin x", "sin(x) + x*cos(x)"),
                Arguments.of("exp(a x^2)", "2*a*x*exp(a*x^2)"),
                Arguments.of("a x + b", "a"),
                Arguments.of("5", "0"),
                Arguments.of("(1-x)^2 + 100(y-x^2)^2", "-2*(1 - x) - 400*(y - x^2)*x"));
    }

    @ParameterizedTest(name = "d/dx {0} = {1}")
    @MethodSource("textbook")
    void textbook_derivatives_come_out_in_their_usual_form(String f, String derivative) {
        assertThat(Expression.parse(f).derivative("x").toText()).isEqualTo(derivative);
    }

    @Test
    void the_preview_of_a_derivative_is_latex() {
        assertThat(Expression.parse("ln(1+x^2)").derivative("x").toLatex()).isEqualTo("\\frac{2 x}{1 + x^{2}}");
    }

    @Test
    void partial_derivatives_treat_the_other_variables_as_constants() {
        Expression f = Expression.parse("x1^2 x2 + sin(x2)", Variables.of("x1", "x2"));
        assertThat(f.derivative("x1").toText()).isEqualTo("2*x1*x2");
        assertThat(f.derivative("x2").toText()).isEqualTo("x1^2 + cos(x2)");
    }

    /**
     * ∂f/∂x against a Richardson-extrapolated central difference, R = (4·D(h/2) − D(h))/3 with
     * h = 1e-4·max(1, |x|), whose truncation error is O(h⁴). Tolerance: 1e-6·(1 + |R|) plus
     * 10·(rounding spread of f)/h, the round-off a difference quotient amplifies; it depends only on the
     * finite differences, never on the derivative under test. A point is skipped where f is not finite
     * nearby or some intermediate value of f overflows there (the rules are then right in the reals but
     * produce ∞/∞), or where a power u^v whose exponent depends on x has a base u ≤ 0 (the rule
     * uses ln u, as PyTorch does, so it is NaN there even where v happens to be locally constant), where
     * rounding alone could move R by more than 1e-3 relative, or where D(h) and D(h/2) disagree by more than
     * a fifth of the tolerance (a kink or jump within h, or a steep third derivative): near a single kink the
     * extrapolation's error is at most about 2.5·|D(h) − D(h/2)|, so what is compared is never hidden by
     * non-smoothness. Seed 2024.
     */
    @Test
    void derivative_matches_central_difference_on_random_expressions() {
        Variables xy = Variables.of("x", "y");
        RandomExpressions random = new RandomExpressions(2024, xy);
        SplittableRandom noise = new SplittableRandom(2025);
        int expressionsChecked = 0;
        int pointsChecked = 0;
        for (int i = 0; i < 3_000 && expressionsChecked < 400; i++) {
            Expr f = random.next(2 + i % 3);
            if (!Derivative.dependsOn(f, "x")) {
                continue;
            }
            Expr df = Derivative.of(f, "x");
            boolean checked = false;
            for (int p = 0; p < 3; p++) {
                double[] point = {random.coordinate(3), random.coordinate(3)};
                if (compare(f, df, xy, point, noise)) {
                    checked = true;
                    pointsChecked++;
                }
            }
            expressionsChecked += checked ? 1 : 0;
        }
        assertThat(expressionsChecked).isGreaterThanOrEqualTo(400);
        assertThat(pointsChecked).isGreaterThanOrEqualTo(800);
    }

    private static boolean compare(Expr f, Expr df, Variables xy, double[] point, SplittableRandom noise) {
        double x = point[0];
        DoubleUnaryOperator fx = t -> Evaluator.evaluate(f, xy, t, point[1]);
        double value = fx.applyAsDouble(x);
        double exact = Evaluator.evaluate(df, xy, point);
        double spread = NoisyEvaluation.spread(f, xy, point, noise);
        double h = 1e-4 * Math.max(1, Math.abs(x));
        double[] samples = {
            fx.applyAsDouble(x - h), fx.applyAsDouble(x - h / 2), fx.applyAsDouble(x + h / 2), fx.applyAsDouble(x + h)
        };
        if (!Trees.finiteThroughout(f, xy, point)
                || negativeBaseOfVaryingPower(f, xy, point)
                || Math.abs(value) > 1e8
                || Double.isNaN(spread)
                || Arrays.stream(samples).anyMatch(s -> !Double.isFinite(s))) {
            return false;
        }
        double wide = (samples[3] - samples[0]) / (2 * h);
        double narrow = (samples[2] - samples[1]) / h;
        double richardson = (4 * narrow - wide) / 3;
        if (!Double.isFinite(exact)) {
            if (Math.abs(wide - narrow) < 1e-3 * (1 + Math.abs(narrow))) {
                fail(
                        "d/dx %s = %s is %s at %s where f is smooth (central difference %s)",
                        TextPrinter.print(f), TextPrinter.print(df), exact, Arrays.toString(point), richardson);
            }
            return false;
        }
        double tolerance = 1e-6 * (1 + Math.abs(richardson)) + 10 * spread / h;
        if (Math.abs(wide - narrow) > tolerance / 5 || tolerance > 1e-3 * (1 + Math.abs(richardson))) {
            return false;
        }
        if (Math.abs(exact - richardson) > tolerance) {
            fail(
                    "d/dx %s = %s gives %s at %s; central difference %s (tolerance %s)",
                    TextPrinter.print(f), TextPrinter.print(df), exact, Arrays.toString(point), richardson, tolerance);
        }
        return true;
    }

    private static boolean negativeBaseOfVaryingPower(Expr tree, Variables xy, double[] point) {
        return switch (tree) {
            case Expr.Binary b ->
                b.op() == Expr.BinaryOp.POW
                                && Derivative.dependsOn(b.right(), "x")
                                && !(Evaluator.evaluate(b.left(), xy, point) > 0)
                        || negativeBaseOfVaryingPower(b.left(), xy, point)
                        || negativeBaseOfVaryingPower(b.right(), xy, point);
            case Expr.Neg n -> negativeBaseOfVaryingPower(n.operand(), xy, point);
            case Expr.Call c -> negativeBaseOfVaryingPower(c.argument(), xy, point);
            default -> false;
        };
    }
}
