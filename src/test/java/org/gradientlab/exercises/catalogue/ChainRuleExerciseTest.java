package org.gradientlab.exercises.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.Variables;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.ExpressionCheck;
import org.gradientlab.exercises.ParameterException;
import org.gradientlab.exercises.ParameterProblem;
import org.gradientlab.exercises.Variant;
import org.gradientlab.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ChainRuleExerciseTest {

    private final ChainRuleExercise exercise = new ChainRuleExercise();

    @Test
    void variant_zero_is_the_course_materials_sin_x_squared() {
        Variant v = exercise.variant(0);
        assertThat(v.parameters()).containsEntry("function", "sin(x^2)");
        assertThat(v.part("derivative").orElseThrow().modelAnswer()).isEqualTo(Answer.text("2*x*cos(x^2)"));
        ExpressionCheck check = (ExpressionCheck) v.parts().getFirst().check();
        assertThat(check.forbiddenFunctions()).contains("diff");
        assertThat(check.derivativeOf()).contains(new ExpressionCheck.Derivative("sin(x^2)", "x"));
    }

    @Test
    void reference_case_s000_chain_rule_model_answer_gives_the_analytic_values() {
        JsonNode rows = ReferenceData.outputs("s000-chain-rule-sin-x2").get("rows");
        Expression model = Expression.parse(
                ((Answer.Text) exercise.variant(0).modelAnswers().get("derivative")).text(), Variables.of("x"));
        for (JsonNode row : rows) {
            // the same formula in double precision: agreement to a few ulps
            assertThat(model.evaluate(row.get("x").asDouble()))
                    .isCloseTo(row.get("analytical").asDouble(), within(1e-14));
        }
    }

    @Test
    void the_same_number_gives_the_same_variant() {
        for (int n = 0; n < 30; n++) {
            assertThat(exercise.variant(n)).isEqualTo(exercise.variant(n));
        }
    }

    @Test
    void variants_vary_the_function() {
        Set<String> functions = new HashSet<>();
        for (int n = 0; n < 60; n++) {
            functions.add(exercise.variant(n).parameters().get("function"));
        }
        assertThat(functions).hasSizeGreaterThan(15);
    }

    @Test
    void the_named_variants_of_the_design_occur() {
        Set<String> functions = new HashSet<>();
        for (int n = 0; n < 400; n++) {
            functions.add(exercise.variant(n).parameters().get("function"));
        }
        assertThat(functions).contains("sin(x^2)", "ln(1 + x^2)", "(3*x + 1)^5", "exp(2*x^2)", "sin(3*x^3)");
    }

    @Test
    void an_instructor_can_fix_the_function_for_every_variant() {
        Variant v = exercise.variant(7, Map.of("function", "(3*x + 1)^5"));
        assertThat(v.parameters()).containsEntry("function", "(3*x + 1)^5");
        assertThat(v.part("derivative").orElseThrow().modelAnswer()).isEqualTo(Answer.text("15*(3*x + 1)^4"));
    }

    @Test
    void an_instructor_may_set_any_function_of_x() {
        Variant v = exercise.variant(3, Map.of("function", "tanh(3x) + x^2"));
        ExpressionCheck check = (ExpressionCheck) v.parts().getFirst().check();
        assertThat(check.derivativeOf()).contains(new ExpressionCheck.Derivative("tanh(3*x) + x^2", "x"));
        assertThat(check.domain().intervals().get("x").low()).isEqualTo(-2);
        // ln x is undefined for x ≤ 0, so the comparison moves to positive x
        Variant log = exercise.variant(0, Map.of("function", "ln(x)^2"));
        assertThat(((ExpressionCheck) log.parts().getFirst().check())
                        .domain()
                        .intervals()
                        .get("x")
                        .low())
                .isEqualTo(0.1);
    }

    @Test
    void unusable_functions_are_refused_with_keys() {
        assertThat(exercise.validate(Map.of("function", "sin(x")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.NOT_AN_EXPRESSION);
        assertThat(exercise.validate(Map.of("function", "sin(2)")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.UNSUITABLE);
        assertThat(exercise.validate(Map.of("function", "sqrt(-1 - x^2)")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.UNSUITABLE);
    }

    @Test
    void unknown_parameters_are_refused_with_a_key() {
        assertThatThrownBy(() -> exercise.variant(0, Map.of("colour", "red")))
                .isInstanceOf(ParameterException.class)
                .satisfies(e -> assertThat(((ParameterException) e).problems())
                        .extracting(ParameterProblem::key)
                        .containsExactly(ParameterProblem.Key.UNKNOWN_PARAMETER));
        assertThat(exercise.validate(Map.of("colour", "red")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.UNKNOWN_PARAMETER);
        assertThat(exercise.validate(Map.of())).isEmpty();
    }

    @Test
    void negative_variant_numbers_are_refused() {
        assertThatThrownBy(() -> exercise.variant(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
