package org.gradientlab.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.gradientlab.exercises.Note.ONE_OVER_LAMBDA;
import static org.gradientlab.exercises.Note.SIGN_ERROR;
import static org.gradientlab.grading.Verdict.CORRECT;
import static org.gradientlab.grading.Verdict.INCORRECT;
import static org.gradientlab.grading.Verdict.INVALID;
import static org.gradientlab.grading.Verdict.PARTIALLY_CORRECT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.NumberCheck;
import org.gradientlab.exercises.Variant;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.gradientlab.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** The learning-rate race (variant 0: x1² + 10x2² from (3, 2), 80 steps, α ∈ {0.01, 0.04, 0.05, 0.08}). */
class LearningRateRaceGradingTest {

    private static final Grader GRADER = new Grader();
    private static final Variant V0 =
            Catalogue.standard().byId("lr-race").orElseThrow().variant(0);

    private static PartFeedback grade(String partId, Answer answer) {
        Map<String, Answer> answers = new java.util.HashMap<>(V0.modelAnswers());
        answers.put(partId, answer);
        return GRADER.check(V0, answers, GradingSeed.practice("lr-race", 0))
                .parts()
                .get(partId);
    }

    @Test
    void reference_case_s000_lr_race_none_of_the_course_rates_diverges() {
        JsonNode race = ReferenceData.outputs("s000-lr-race-ill-conditioned").get("race");
        List<String> diverging = new ArrayList<>();
        race.properties().forEach(e -> {
            if (e.getValue().get("diverges").asBoolean()) {
                diverging.add(e.getKey());
            }
        });
        assertThat(((Answer.Entries) V0.modelAnswers().get("diverging-rates")).entries())
                .containsExactlyInAnyOrderElementsOf(diverging);
        assertThat(diverging).isEmpty();
    }

    @Test
    void reference_case_s000_lr_race_threshold_is_two_over_lambda_max() {
        double truth = ReferenceData.number(
                ReferenceData.outputs("s000-lr-race-ill-conditioned").get("true_divergence_threshold"));
        NumberCheck check = (NumberCheck) V0.part("threshold").orElseThrow().check();
        // 2/20 computed from eigenvalues 2 and 20: exact up to one rounding
        assertThat(check.value()).isCloseTo(truth, within(1e-15));
        assertThat(check.mistakes().getFirst().value())
                .isCloseTo(
                        ReferenceData.number(ReferenceData.outputs("s000-lr-race-ill-conditioned")
                                .get("alpha_safe_seed")),
                        within(1e-15));
    }

    private static Arguments set(List<String> entries, Verdict verdict, double score, Note... notes) {
        return Arguments.of(entries, verdict, score, List.of(notes));
    }

    static Stream<Arguments> sets() {
        return Stream.of(
                set(List.of(), CORRECT, 1),
                set(List.of("0.08"), PARTIALLY_CORRECT, 0.75, ONE_OVER_LAMBDA),
                set(List.of("8e-2"), PARTIALLY_CORRECT, 0.75, ONE_OVER_LAMBDA),
                set(List.of("0.08", "0.080"), PARTIALLY_CORRECT, 0.75, ONE_OVER_LAMBDA),
                set(List.of("0.05", "0.08"), PARTIALLY_CORRECT, 0.5),
                set(List.of("0.01", "0.04", "0.05", "0.08"), INCORRECT, 0),
                set(List.of("0.3"), INVALID, 0),
                set(List.of("abc"), INVALID, 0),
                set(List.of(""), INVALID, 0));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("sets")
    void which_rates_diverge(List<String> entries, Verdict verdict, double score, List<Note> notes) {
        PartFeedback p = grade("diverging-rates", new Answer.Entries(entries));
        assertThat(p.verdict()).isEqualTo(verdict);
        assertThat(p.notes()).containsExactlyInAnyOrderElementsOf(notes);
        if (verdict != INVALID) {
            // every offered rate is one yes/no decision: score = right decisions / 4
            assertThat(p.score().getAsDouble()).isCloseTo(score, within(1e-12));
        }
    }

    static Stream<Arguments> thresholds() {
        return Stream.of(
                Arguments.of("0.1", CORRECT, List.of()),
                Arguments.of("2/20", CORRECT, List.of()),
                Arguments.of("1/10", CORRECT, List.of()),
                Arguments.of("0.1001", CORRECT, List.of()),
                Arguments.of("0.05", INCORRECT, List.of(ONE_OVER_LAMBDA)),
                Arguments.of("1/20", INCORRECT, List.of(ONE_OVER_LAMBDA)),
                Arguments.of("0.2", INCORRECT, List.of()),
                Arguments.of("-0.1", INCORRECT, List.of(SIGN_ERROR)),
                Arguments.of("0.11", INCORRECT, List.of()),
                Arguments.of("alpha", INVALID, List.of(Note.UNKNOWN_VARIABLE)),
                Arguments.of("1/0", INVALID, List.of()));
    }

    @ParameterizedTest(name = "threshold {0} is {1}")
    @MethodSource("thresholds")
    void the_threshold_is_0_1_not_0_05(String answer, Verdict verdict, List<Note> notes) {
        PartFeedback p = grade("threshold", Answer.text(answer));
        assertThat(p.verdict()).isEqualTo(verdict);
        assertThat(p.notes()).containsExactlyInAnyOrderElementsOf(notes);
    }

    @Test
    void a_rate_above_the_threshold_diverges_in_the_engines_run() {
        // |1 − 0.12·20| = 1.4 > 1: x2 grows by 1.4 per step and passes the 1e6·(f0 + 1) limit well within 80 steps
        Variant v = Catalogue.standard().byId("lr-race").orElseThrow().variant(0, Map.of("rates", "0.05, 0.08, 0.12"));
        assertThat(((Answer.Entries) v.modelAnswers().get("diverging-rates")).entries())
                .containsExactly("0.12");
        Feedback f = GRADER.check(
                v,
                Map.of("diverging-rates", Answer.entries("0.08", "0.12"), "threshold", Answer.text("0.1")),
                GradingSeed.practice("lr-race", 0));
        assertThat(f.parts().get("diverging-rates").notes()).containsExactly(ONE_OVER_LAMBDA);
        // (2/3 + 1) / 2
        assertThat(f.score().getAsDouble()).isCloseTo(5.0 / 6, within(1e-12));
    }
}
