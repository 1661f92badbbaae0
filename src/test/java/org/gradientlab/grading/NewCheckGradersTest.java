package org.gradientlab.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gradientlab.grading.Verdict.CORRECT;
import static org.gradientlab.grading.Verdict.INCORRECT;
import static org.gradientlab.grading.Verdict.PARTIALLY_CORRECT;

import java.util.List;
import java.util.Map;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.AnswerType;
import org.gradientlab.exercises.Check;
import org.gradientlab.exercises.DivergenceThresholdCheck;
import org.gradientlab.exercises.LogScaleCheck;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Tolerance;
import org.gradientlab.exercises.UnorderedNumbersCheck;
import org.gradientlab.exercises.Variant;
import org.junit.jupiter.api.Test;

/**
 * The graders of the log-scale, unordered-numbers and divergence-threshold checks on checks built directly, for the
 * cases the catalogue's variants do not reach: repeated values, a start that hides the threshold, the factor's edge.
 */
class NewCheckGradersTest {

    private static final Grader GRADER = new Grader();

    private static PartFeedback grade(Check check, Answer model, Answer answer) {
        Part part = new Part("p", check.answerType(), "?", 1, model, check, List.of());
        Variant v = new Variant("test", 0, "t", "e", Map.of(), List.of(part), List.of(), "s");
        return GRADER.check(v, Map.of("p", answer), GradingSeed.practice("test", 0))
                .parts()
                .get("p");
    }

    @Test
    void a_repeated_value_must_be_given_as_often_as_it_repeats() {
        // the Hessian of x1² + x2² is 2I: the eigenvalue 2 twice
        UnorderedNumbersCheck twice =
                new UnorderedNumbersCheck(List.of(2.0, 2.0), Tolerance.significantFigures(4), List.of());
        Answer model = Answer.entries("2", "2");
        assertThat(grade(twice, model, Answer.entries("2", "2")).verdict()).isEqualTo(CORRECT);
        PartFeedback once = grade(twice, model, Answer.entries("2"));
        assertThat(once.verdict()).isEqualTo(PARTIALLY_CORRECT);
        assertThat(once.score().getAsDouble()).isEqualTo(0.5);
        assertThat(once.messages()).extracting(Message::key).containsExactly(MessageKey.WRONG_COUNT);
        assertThat(grade(twice, model, Answer.entries("2", "2", "2")).score().getAsDouble())
                .isEqualTo(2.0 / 3);
    }

    @Test
    void the_log_scale_accepts_exactly_a_factor_of_ten_either_way() {
        LogScaleCheck check = new LogScaleCheck(1e-5, 10, List.of());
        Answer model = Answer.text("1e-5");
        // the ratios 1e-4/1e-5 and 1e-5/1e-6 round to exactly 10, so the two edges are in
        assertThat(grade(check, model, Answer.text("1e-4")).verdict()).isEqualTo(CORRECT);
        assertThat(grade(check, model, Answer.text("1e-6")).verdict()).isEqualTo(CORRECT);
        assertThat(grade(check, model, Answer.text("1.1e-4")).verdict()).isEqualTo(INCORRECT);
        assertThat(grade(check, model, Answer.text("0.9e-6")).verdict()).isEqualTo(INCORRECT);
        assertThat(grade(check, model, Answer.text("3e-8"))
                        .messages()
                        .getFirst()
                        .args())
                .containsExactly("3e-8", "300");
    }

    @Test
    void a_start_without_a_stiff_component_hides_the_threshold_and_only_the_theory_window_is_left() {
        // from (0, 1) on 3x1² + 0.5x2² the stiff coordinate stays 0, so GD at 1.02·(1/3) never diverges
        DivergenceThresholdCheck hidden = new DivergenceThresholdCheck(
                "3*x1^2 + 0.5*x2^2",
                List.of("x1", "x2"),
                List.of(0.0, 1.0),
                0,
                10_000,
                0.02,
                1.0 / 3,
                new Tolerance(0.01, 0),
                List.of());
        Answer model = Answer.text("1/3");
        PartFeedback exact = grade(hidden, model, Answer.text("1/3"));
        assertThat(exact.verdict()).isEqualTo(CORRECT);
        assertThat(exact.messages()).extracting(Message::key).first().isEqualTo(MessageKey.THRESHOLD_CLOSE);
        // 1.7% above: the runs cannot confirm it from this start, and it is outside the 1% window
        assertThat(grade(hidden, model, Answer.text("0.339")).verdict()).isEqualTo(INCORRECT);
        // the flat direction's own bound 2/1 = 2: GD at 1.02·2 diverges along x2, at 0.98·2 converges
        assertThat(grade(hidden, model, Answer.text("2")).verdict()).isEqualTo(CORRECT);
    }

    @Test
    void checks_refuse_unusable_definitions() {
        assertThatThrownBy(() -> new LogScaleCheck(0, 10, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LogScaleCheck(1e-5, 1, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UnorderedNumbersCheck(List.of(), Tolerance.EXPRESSION, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DivergenceThresholdCheck(
                        "x1^2", List.of("x1"), List.of(1.0, 2.0), 0, 100, 0.02, 1, Tolerance.EXPRESSION, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DivergenceThresholdCheck(
                        "x1^2", List.of("x1"), List.of(1.0), 0, 100, 1.5, 1, Tolerance.EXPRESSION, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new LogScaleCheck(1e-5, 10, List.of()).answerType()).isEqualTo(AnswerType.NUMBER);
        assertThat(Note.byKey("overwrote-gradient")).contains(Note.OVERWROTE_GRADIENT);
    }
}
