package org.gradientlab.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.Variant;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.gradientlab.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lr-schedules exercise, variant 0: α0 = 0.1, W = 10, T = 100, k = 25; gradient descent on x1² + 10x2² from
 * (3, 2) for 60 updates to f &lt; 1e-6; Adam on Rosenbrock from (−0.5, 0.5) for 2000 updates to f &lt; 1e-4.
 */
class LrSchedulesGradingTest {

    private static final Grader GRADER = new Grader();
    private static final Variant V0 =
            Catalogue.standard().byId("lr-schedules").orElseThrow().variant(0);

    private static PartFeedback grade(String part, Answer answer) {
        Map<String, Answer> answers = new LinkedHashMap<>(V0.modelAnswers());
        answers.put(part, answer);
        return GRADER.check(V0, answers, GradingSeed.practice("lr-schedules", 0))
                .parts()
                .get(part);
    }

    private static Answer schedule(String name, String lr) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("schedule", name);
        values.put("lr", lr);
        return Answer.settings(values);
    }

    static Stream<Arguments> answers() {
        return Stream.of(
                // The first update has k = 0, so its warm-up rate is 0.1·0/10 = 0; k = 1 would give 0.01.
                Arguments.of("warmup-first", Answer.text("0"), Verdict.CORRECT, List.of()),
                Arguments.of("warmup-first", Answer.text("0.01"), Verdict.INCORRECT, List.of(Note.OFF_BY_ONE)),
                Arguments.of("warmup-first", Answer.text("0.1"), Verdict.INCORRECT, List.of()),
                // 0.1·½(1 + cos(π·25/100)) = 0.0853553…
                Arguments.of("cosine-at", Answer.text("0.0854"), Verdict.CORRECT, List.of()),
                Arguments.of("cosine-at", Answer.text("0.1*(1+cos(pi/4))/2"), Verdict.CORRECT, List.of()),
                Arguments.of("cosine-at", Answer.text("0.0707"), Verdict.INCORRECT, List.of()),
                // Constant 0.09 < 2/20: both directions shrink by at most 0.82 per step, f ≈ 4e-10 after 60.
                Arguments.of("quadratic-schedule", schedule("constant", "0.09"), Verdict.CORRECT, List.of()),
                Arguments.of(
                        "quadratic-schedule", schedule("constant", "0.15"), Verdict.INCORRECT, List.of(Note.DIVERGED)),
                // Constant 0.02: x1 shrinks by 0.96 per step, f ≈ 9·0.96^120 ≈ 0.07 after 60.
                Arguments.of(
                        "quadratic-schedule",
                        schedule("constant", "0.02"),
                        Verdict.INCORRECT,
                        List.of(Note.TARGET_NOT_REACHED)),
                Arguments.of("quadratic-schedule", schedule("sgdr", "0.05"), Verdict.INVALID, List.of()),
                Arguments.of(
                        "quadratic-schedule",
                        Answer.settings(Map.of("schedule", "cosine")),
                        Verdict.INVALID,
                        List.of()),
                Arguments.of("rosenbrock-schedule", schedule("cosine", "0.1"), Verdict.CORRECT, List.of()),
                Arguments.of(
                        "rosenbrock-schedule",
                        schedule("constant", "0.01"),
                        Verdict.INCORRECT,
                        List.of(Note.TARGET_NOT_REACHED)));
    }

    @ParameterizedTest(name = "{0} = {1} → {2} {3}")
    @MethodSource("answers")
    void answers_are_graded_by_formula_or_by_running(String part, Answer answer, Verdict verdict, List<Note> notes) {
        PartFeedback f = grade(part, answer);
        assertThat(f.verdict()).as(f.messages().toString()).isEqualTo(verdict);
        assertThat(f.notes()).containsExactlyElementsOf(notes);
    }

    @Test
    void adam_at_the_course_materials_constant_rate_is_still_above_the_target_after_2000_steps() {
        // s000-rosenbrock-adam-torch: f = 4.026e-4 after 2000 steps at α = 0.01, above 1e-4.
        double reference = ReferenceData.number(
                ReferenceData.outputs("s000-rosenbrock-adam-torch").get("f_at_step_2000"));
        PartFeedback f = grade("rosenbrock-schedule", schedule("constant", "0.01"));
        assertThat(f.messages().getFirst().args().get(2)).isEqualTo("f = " + Format.number(reference));
    }
}
