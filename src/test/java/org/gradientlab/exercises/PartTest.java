package org.gradientlab.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartTest {

    private static final ExpressionCheck CHECK =
            ExpressionCheck.expression("2*h", Domain.uniform(List.of("h"), 1e-6, 1));

    @Test
    void ids_must_be_kebab_case() {
        assertThatThrownBy(() ->
                        new Part("Denominator", AnswerType.EXPRESSION, "p", 1, Answer.text("2h"), CHECK, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Part("fd-denominator", AnswerType.EXPRESSION, "p", 1, Answer.text("2h"), CHECK, List.of()).id())
                .isEqualTo("fd-denominator");
    }

    @Test
    void the_check_and_model_answer_must_fit_the_type() {
        assertThatThrownBy(() -> new Part("p", AnswerType.NUMBER, "p", 1, Answer.text("2"), CHECK, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Part("p", AnswerType.EXPRESSION, "p", 1, Answer.entries("2h"), CHECK, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Part("p", AnswerType.EXPRESSION, "p", 0, Answer.text("2h"), CHECK, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_variant_refuses_duplicate_part_ids() {
        Part p = new Part("p", AnswerType.EXPRESSION, "p", 1, Answer.text("2h"), CHECK, List.of());
        assertThatThrownBy(() -> new Variant("e", 0, "t", "x", Map.of(), List.of(p, p), List.of(), "s"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parts_expose_the_variables_an_answer_may_use() {
        Part p = new Part("p", AnswerType.EXPRESSION, "p", 1, Answer.text("2h"), CHECK, List.of());
        assertThat(p.variables()).containsExactly("h");
    }

    @Test
    void note_keys_are_kebab_case_and_unique() {
        // the shared vocabulary of DESIGN §5, verbatim
        for (String key : List.of(
                "missing-inner-derivative",
                "constant-factor",
                "sign-error",
                "extra-constant",
                "wrong-outer-derivative",
                "integrated-instead",
                "dropped-term",
                "transposed-jacobian",
                "wrong-entry",
                "one-over-lambda",
                "missing-bias-correction",
                "l2-not-decoupled",
                "eps-inside-sqrt",
                "undefined-at-point",
                "forbidden-function",
                "unknown-variable")) {
            assertThat(Note.byKey(key)).as(key).isPresent();
        }
        assertThat(java.util.Arrays.stream(Note.values())
                        .map(Note::key)
                        .distinct()
                        .count())
                .isEqualTo(Note.values().length);
        assertThat(Note.byKey("transposed-jacobian")).contains(Note.TRANSPOSED_JACOBIAN);
        assertThat(Note.byKey("nonsense")).isEmpty();
    }
}
