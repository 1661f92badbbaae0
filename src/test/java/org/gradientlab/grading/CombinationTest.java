package org.gradientlab.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.AnswerType;
import org.gradientlab.exercises.Domain;
import org.gradientlab.exercises.ExpressionCheck;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.Part;
import org.junit.jupiter.api.Test;

/** The rules of DESIGN §5 "Combining parts". */
class CombinationTest {

    private static Part part(String id, double weight) {
        return new Part(
                id,
                AnswerType.EXPRESSION,
                "p",
                weight,
                Answer.text("x"),
                ExpressionCheck.expression("x", Domain.symmetric(List.of("x"), 1)),
                List.of());
    }

    private static PartFeedback graded(double score) {
        return PartFeedback.graded(score, List.of(), List.of(), new Interpretation("x", "x"), null);
    }

    private static Feedback combine(List<Part> parts, PartFeedback... feedback) {
        Map<String, PartFeedback> m = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            m.put(parts.get(i).id(), feedback[i]);
        }
        return Combination.combine(parts, m);
    }

    @Test
    void score_is_the_weighted_mean_of_part_scores() {
        Feedback f = combine(List.of(part("a", 3), part("b", 1)), graded(1), graded(0));
        // (3·1 + 1·0) / 4
        assertThat(f.score()).hasValue(0.75);
        assertThat(f.verdict()).isEqualTo(Verdict.PARTIALLY_CORRECT);
    }

    @Test
    void correct_only_when_every_part_is_correct() {
        Feedback all = combine(List.of(part("a", 1), part("b", 2)), graded(1), graded(1));
        assertThat(all.verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(all.score()).hasValue(1.0);
        Feedback almost = combine(List.of(part("a", 1000), part("b", 1e-6)), graded(1), graded(0.5));
        assertThat(almost.verdict()).isEqualTo(Verdict.PARTIALLY_CORRECT);
        assertThat(almost.score().getAsDouble()).isLessThan(1.0);
    }

    @Test
    void incorrect_when_every_part_scores_zero() {
        Feedback f = combine(List.of(part("a", 1), part("b", 1)), graded(0), graded(0));
        assertThat(f.verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(f.score()).hasValue(0.0);
    }

    @Test
    void any_invalid_part_makes_the_submission_invalid_and_reveals_no_other_verdict() {
        PartFeedback bad = PartFeedback.invalid(MessageKey.MISSING_ANSWER.with());
        Feedback f = combine(List.of(part("a", 1), part("b", 1)), graded(1), bad);
        assertThat(f.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(f.score()).isEmpty();
        assertThat(f.isGraded()).isFalse();
        PartFeedback a = f.parts().get("a");
        assertThat(a.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(a.score()).isEmpty();
        assertThat(a.messages()).extracting(Message::key).containsExactly(MessageKey.NOT_GRADED);
        assertThat(a.interpretedAs()).contains(new Interpretation("x", "x"));
        assertThat(f.parts().get("b").messages()).extracting(Message::key).containsExactly(MessageKey.MISSING_ANSWER);
    }

    @Test
    void invalid_wins_over_unverifiable() {
        PartFeedback unverifiable = PartFeedback.unverifiable(List.of(MessageKey.UNVERIFIABLE.with(3, 12)), null);
        PartFeedback bad = PartFeedback.invalid(MessageKey.MISSING_ANSWER.with());
        Feedback f = combine(List.of(part("a", 1), part("b", 1)), unverifiable, bad);
        assertThat(f.verdict()).isEqualTo(Verdict.INVALID);
    }

    @Test
    void any_unverifiable_part_makes_the_submission_unverifiable_without_score() {
        PartFeedback unverifiable = PartFeedback.unverifiable(List.of(MessageKey.UNVERIFIABLE.with(3, 12)), null);
        Feedback f = combine(List.of(part("a", 1), part("b", 1)), graded(0), unverifiable);
        assertThat(f.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(f.score()).isEmpty();
        assertThat(f.parts().get("a").verdict()).isEqualTo(Verdict.INCORRECT);
    }

    @Test
    void parts_keep_the_exercise_order() {
        Feedback f = combine(List.of(part("z", 1), part("a", 1)), graded(1), graded(1));
        assertThat(f.parts().keySet()).containsExactly("z", "a");
    }

    @Test
    void part_feedback_refuses_a_score_on_an_ungraded_verdict() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PartFeedback(
                        Verdict.INVALID,
                        OptionalDouble.of(0),
                        List.<Note>of(),
                        List.of(),
                        Optional.empty(),
                        Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void verdict_api_names_are_the_contract() {
        assertThat(List.of(Verdict.values()).stream().map(Verdict::apiName))
                .containsExactly("correct", "partially-correct", "incorrect", "invalid", "unverifiable");
    }
}
