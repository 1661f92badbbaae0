package org.gradientlab.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpressionTest {

    @Test
    void a_parsed_expression_keeps_its_source_tree_and_variables() {
        Expression e = Expression.parse("x² + 3x", Variables.of("x"));
        assertThat(e.source()).isEqualTo("x² + 3x");
        assertThat(SExpr.of(e.tree())).isEqualTo("(+ (^ x 2) (* 3 x))");
        assertThat(e.variables()).isEqualTo(Variables.of("x"));
        assertThat(e.toText()).isEqualTo("x^2 + 3*x");
        assertThat(e.toLatex()).isEqualTo("x^{2} + 3 x");
    }

    @Test
    void it_evaluates_by_name_by_position_and_compiled() {
        Expression e = Expression.parse("(1-x1)^2 + 100(x2 - x1^2)^2", Variables.of("x1", "x2"));
        // Rosenbrock: f(1, 1) = 0, f(-0.5, 0.5) = 2.25 + 100 * 0.0625
        assertThat(e.evaluate(1, 1)).isZero();
        assertThat(e.evaluate(-0.5, 0.5)).isEqualTo(8.5);
        assertThat(e.evaluate(Map.of("x1", -0.5, "x2", 0.5))).isEqualTo(8.5);
        assertThat(e.compile().applyAsDouble(new double[] {-0.5, 0.5})).isEqualTo(8.5);
    }

    @Test
    void used_variables_follow_the_declared_order() {
        assertThat(Expression.parse("t + y*x").usedVariables()).containsExactly("x", "y", "t");
        assertThat(Expression.parse("2 pi").usedVariables()).isEmpty();
    }

    @Test
    void try_parse_returns_the_expression_or_the_error_data() {
        ParseResult ok = Expression.tryParse("sin x", Variables.DEFAULT);
        assertThat(ok).isInstanceOfSatisfying(ParseResult.Success.class, s -> assertThat(SExpr.of(s.tree()))
                .isEqualTo("(sin x)"));

        ParseResult bad = Expression.tryParse("x + xy", Variables.DEFAULT);
        assertThat(bad).isInstanceOfSatisfying(ParseResult.Failure.class, f -> {
            assertThat(f.key()).isEqualTo(ErrorKey.UNKNOWN_VARIABLE);
            assertThat(f.column()).isEqualTo(5);
            assertThat(f.arguments().get(1)).isEqualTo("x*y");
            assertThat(f.message()).isEqualTo("Unknown variable 'xy' at column 5 — did you mean x*y?");
        });
    }

    @Test
    void expressions_are_equal_when_their_trees_and_variables_are() {
        assertThat(Expression.parse("2x")).isEqualTo(Expression.parse("2 * x"));
        assertThat(Expression.parse("2x")).hasSameHashCodeAs(Expression.parse("2·x"));
        assertThat(Expression.parse("2x")).isNotEqualTo(Expression.parse("2x", Variables.of("x")));
        assertThat(Expression.parse("2x")).isNotEqualTo(Expression.parse("x*2"));
    }

    @Test
    void an_expression_built_from_a_tree_gets_printed_source() {
        Expr tree = new Expr.Binary(Expr.BinaryOp.MUL, new Expr.Num(2), new Expr.Var("x"));
        assertThat(Expression.of(tree, Variables.of("x")).source()).isEqualTo("2*x");
    }
}
