package org.gradientlab.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradientlab.exercises.Note.DIVERGED;
import static org.gradientlab.exercises.Note.OVER_BUDGET;
import static org.gradientlab.exercises.Note.TARGET_NOT_REACHED;
import static org.gradientlab.grading.Verdict.CORRECT;
import static org.gradientlab.grading.Verdict.INCORRECT;
import static org.gradientlab.grading.Verdict.INVALID;

import java.util.HashMap;
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
 * Adam vs GD on Rosenbrock from (−0.5, 0.5), target f &lt; 0.01, budgets 5000 (GD) and 2000 (Adam): settings graded
 * by running the engine; step counts checked against the engine's run with the student's rate.
 */
class AdamVersusGdGradingTest {

    private static final Grader GRADER = new Grader();
    private static final Variant V0 =
            Catalogue.standard().byId("adam-vs-gd").orElseThrow().variant(0);

    private static Answer settings(String lr, String steps) {
        Map<String, String> m = new LinkedHashMap<>();
        if (lr != null) {
            m.put("lr", lr);
        }
        if (steps != null) {
            m.put("steps", steps);
        }
        return Answer.settings(m);
    }

    private static Feedback grade(Map<String, Answer> replaced) {
        Map<String, Answer> answers = new HashMap<>(V0.modelAnswers());
        answers.putAll(replaced);
        return GRADER.check(V0, answers, GradingSeed.practice("adam-vs-gd", 0));
    }

    @Test
    void reference_cases_s000_rosenbrock_gd_and_adam_step_counts_are_the_model_answers() {
        int gd = ReferenceData.outputs("s000-rosenbrock-gd-torch")
                .get("extended_run_20000_steps")
                .get("steps_to_f_below_0.01")
                .asInt();
        int adam = ReferenceData.outputs("s000-rosenbrock-adam-torch")
                .get("steps_to_f_below_0.01")
                .asInt();
        Feedback f = GRADER.check(V0, V0.modelAnswers(), GradingSeed.practice("adam-vs-gd", 0));
        assertThat(f.verdict()).isEqualTo(CORRECT);
        assertThat(f.parts().get("gd-settings").messages().getFirst().args())
                .containsExactly("0.001", "gradient descent", "0.01", Integer.toString(gd));
        assertThat(f.parts().get("adam-settings").messages().getFirst().args().get(3))
                .isEqualTo(Integer.toString(adam));
        assertThat(V0.modelAnswers().get("gd-steps")).isEqualTo(Answer.text(Integer.toString(gd)));
        assertThat(V0.modelAnswers().get("adam-steps")).isEqualTo(Answer.text(Integer.toString(adam)));
    }

    @Test
    void reference_case_s000_rosenbrock_gd_the_courses_2000_steps_stop_above_the_target() {
        double fFinal = ReferenceData.number(
                ReferenceData.outputs("s000-rosenbrock-gd-torch").get("f_final"));
        PartFeedback p =
                grade(Map.of("gd-settings", settings("0.001", "2000"))).parts().get("gd-settings");
        assertThat(p.verdict()).isEqualTo(INCORRECT);
        assertThat(p.notes()).containsExactly(TARGET_NOT_REACHED);
        // the message shows f after 2000 steps to six significant figures
        assertThat(Double.parseDouble(p.messages().getFirst().args().get(2)))
                .isCloseTo(fFinal, org.assertj.core.api.Assertions.within(1e-6));
    }

    static Stream<Arguments> gdSettings() {
        return Stream.of(
                Arguments.of("0.001", "5000", CORRECT, List.of()),
                Arguments.of("0.002", "2000", CORRECT, List.of()),
                Arguments.of("1e-3", "3504", CORRECT, List.of()),
                Arguments.of("0.001", "3503", INCORRECT, List.of(TARGET_NOT_REACHED)),
                Arguments.of("0.01", "5000", INCORRECT, List.of(DIVERGED)),
                Arguments.of("0.0001", "5000", INCORRECT, List.of(TARGET_NOT_REACHED)),
                Arguments.of("0.001", "5001", INCORRECT, List.of(OVER_BUDGET)),
                Arguments.of("0.001", "1e9", INCORRECT, List.of(OVER_BUDGET)),
                Arguments.of("-0.001", "5000", INVALID, List.of()),
                Arguments.of("0", "5000", INVALID, List.of()),
                Arguments.of("fast", "5000", INVALID, List.of(Note.UNKNOWN_VARIABLE)),
                Arguments.of("0.001", "2.5", INVALID, List.of()),
                Arguments.of(null, "5000", INVALID, List.of()),
                Arguments.of("0.001", null, INVALID, List.of()));
    }

    @ParameterizedTest(name = "GD lr={0} steps={1} is {2} {3}")
    @MethodSource("gdSettings")
    void gradient_descent_settings_are_graded_by_running_them(
            String lr, String steps, Verdict verdict, List<Note> notes) {
        PartFeedback p =
                grade(Map.of("gd-settings", settings(lr, steps))).parts().get("gd-settings");
        assertThat(p.verdict()).isEqualTo(verdict);
        assertThat(p.notes()).containsExactlyInAnyOrderElementsOf(notes);
    }

    @Test
    void unknown_setting_names_are_format_errors() {
        Map<String, String> m = Map.of("lr", "0.001", "steps", "5000", "momentum", "0.9");
        PartFeedback p =
                grade(Map.of("gd-settings", Answer.settings(m))).parts().get("gd-settings");
        assertThat(p.verdict()).isEqualTo(INVALID);
        assertThat(p.messages()).extracting(Message::key).containsExactly(MessageKey.UNKNOWN_SETTING);
    }

    static Stream<Arguments> gdSteps() {
        return Stream.of(
                Arguments.of("3504", CORRECT),
                Arguments.of("3505", CORRECT),
                Arguments.of("3503", CORRECT),
                Arguments.of("3506", INCORRECT),
                Arguments.of("5000", INCORRECT),
                Arguments.of("3504.5", INVALID),
                Arguments.of("many", INVALID));
    }

    @ParameterizedTest(name = "GD needed {0} steps: {1}")
    @MethodSource("gdSteps")
    void the_steps_needed_are_checked_against_the_engines_run_within_one(String steps, Verdict verdict) {
        assertThat(grade(Map.of("gd-steps", Answer.text(steps)))
                        .parts()
                        .get("gd-steps")
                        .verdict())
                .isEqualTo(verdict);
    }

    @Test
    void the_steps_needed_follow_the_students_own_rate() {
        // with α = 0.002 the engine's run needs 1750 steps (not the model's 3504)
        Feedback f = grade(Map.of("gd-settings", settings("0.002", "5000"), "gd-steps", Answer.text("1750")));
        assertThat(f.parts().get("gd-steps").verdict()).isEqualTo(CORRECT);
        Feedback stale = grade(Map.of("gd-settings", settings("0.002", "5000"), "gd-steps", Answer.text("3504")));
        assertThat(stale.parts().get("gd-steps").verdict()).isEqualTo(INCORRECT);
    }

    @Test
    void no_step_count_is_right_when_the_students_run_never_reaches_the_target() {
        Feedback f = grade(Map.of("gd-settings", settings("0.01", "5000"), "gd-steps", Answer.text("4")));
        assertThat(f.parts().get("gd-steps").messages())
                .extracting(Message::key)
                .containsExactly(MessageKey.STEPS_NEVER_REACHED);
        assertThat(f.verdict()).isEqualTo(Verdict.PARTIALLY_CORRECT);
        // GD parts 0, Adam parts 1: (0 + 1 + 0 + 1) / 4
        assertThat(f.score()).hasValue(0.5);
    }
}
