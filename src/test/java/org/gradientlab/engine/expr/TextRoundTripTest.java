package org.gradientlab.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * parse(print(tree)) for random trees. Canonical trees (what the parser produces: finite,
 * non-negative literals) come back structurally equal; trees with negative or non-finite literals,
 * which the parser never produces, come back as a different tree with bit-for-bit the same value.
 */
class TextRoundTripTest {

    private static final Variables VARIABLES = Variables.of("x", "y", "x1");
    private static final long SEED = 20_240_601L;

    @Test
    void canonical_trees_read_back_as_the_same_tree() {
        RandomExpressions random = new RandomExpressions(SEED, VARIABLES);
        for (int i = 0; i < 2_000; i++) {
            Expr tree = random.next(1 + i % 6);
            String text = TextPrinter.print(tree, VARIABLES);
            assertThat(ExpressionParser.parse(text, VARIABLES)).as(text).isEqualTo(tree);
        }
    }

    @Test
    void trees_with_negative_or_non_finite_literals_read_back_with_identical_values() {
        RandomExpressions random = new RandomExpressions(SEED + 1, VARIABLES);
        SplittableRandom literals = new SplittableRandom(SEED + 2);
        int compared = 0;
        for (int i = 0; i < 1_000; i++) {
            Expr tree = unusualLiterals(random.next(1 + i % 5), literals);
            String text = TextPrinter.print(tree, VARIABLES);
            Expr back = ExpressionParser.parse(text, VARIABLES);
            for (int p = 0; p < 3; p++) {
                double[] point = {random.coordinate(3), random.coordinate(3), random.coordinate(3)};
                double expected = Evaluator.evaluate(tree, VARIABLES, point);
                double actual = Evaluator.evaluate(back, VARIABLES, point);
                assertThat(Double.doubleToLongBits(actual)).as(text).isEqualTo(Double.doubleToLongBits(expected));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(3_000);
    }

    private static Expr unusualLiterals(Expr tree, SplittableRandom random) {
        return switch (tree) {
            case Expr.Num n ->
                random.nextInt(3) > 0
                        ? n
                        : new Expr.Num(
                                switch (random.nextInt(5)) {
                                    case 0 -> -n.value() - 0.5;
                                    case 1 -> -0.0;
                                    case 2 -> Double.NaN;
                                    case 3 -> Double.POSITIVE_INFINITY;
                                    default -> Double.NEGATIVE_INFINITY;
                                });
            case Expr.Neg n -> new Expr.Neg(unusualLiterals(n.operand(), random));
            case Expr.Binary b ->
                new Expr.Binary(b.op(), unusualLiterals(b.left(), random), unusualLiterals(b.right(), random));
            case Expr.Call c -> new Expr.Call(c.function(), unusualLiterals(c.argument(), random));
            default -> tree;
        };
    }

    @Test
    void a_constant_shadowed_by_a_variable_prints_in_a_form_that_still_means_the_constant() {
        Variables shadowing = Variables.of("e", "pi");
        Expr tree = new Expr.Binary(
                Expr.BinaryOp.ADD,
                new Expr.Binary(Expr.BinaryOp.MUL, new Expr.Var("e"), new Expr.Const(Expr.Constant.E)),
                new Expr.Binary(Expr.BinaryOp.MUL, new Expr.Var("pi"), new Expr.Const(Expr.Constant.PI)));
        String text = TextPrinter.print(tree, shadowing);
        assertThat(text).isEqualTo("e*exp(1) + pi*π");
        // exp(1) is within an ulp of Math.E; the tolerance allows for a libm that rounds the other way
        assertThat(Evaluator.evaluate(ExpressionParser.parse(text, shadowing), shadowing, 1, 0))
                .isCloseTo(Math.E, within(Math.ulp(Math.E)));
    }

    @Test
    void printing_uses_few_parentheses_and_explicit_operators() {
        assertThat(text("2x^2 + 3x - 1")).isEqualTo("2*x^2 + 3*x - 1");
        assertThat(text("a-(b-t)")).isEqualTo("a - (b - t)");
        assertThat(text("(a-b)-t")).isEqualTo("a - b - t");
        assertThat(text("a/(b*t)")).isEqualTo("a/(b*t)");
        assertThat(text("(x^2)^3")).isEqualTo("(x^2)^3");
        assertThat(text("x^(2^3)")).isEqualTo("x^2^3");
        assertThat(text("(-x)^2")).isEqualTo("(-x)^2");
        assertThat(text("-(x^2)")).isEqualTo("-x^2");
        assertThat(text("x*-y")).isEqualTo("x*(-y)");
        assertThat(text("2^-1")).isEqualTo("2^(-1)");
        assertThat(text("sin x^2")).isEqualTo("sin(x^2)");
        assertThat(text("sin²x")).isEqualTo("sin(x)^2");
        assertThat(text("ln(1+x²)")).isEqualTo("log(1 + x^2)");
        assertThat(text("1e-7 x + 2.5e20")).isEqualTo("1e-7*x + 2.5e20");
        assertThat(text("0.1+0.25")).isEqualTo("0.1 + 0.25");
    }

    private static String text(String input) {
        return Expression.parse(input).toText();
    }
}
