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
 * The momentum exercise, variant 0 (the course material's x1² + 10x2² from (3, 2), α = 0.04, 80 steps): β is
 * graded by racing it against gradient descent, the winner at the course's β = 0.85 and momentum's stable bound
 * (2 + 2β)/λmax = 3.7/20 = 0.185.
 */
class MomentumGradingTest {

    private static final Grader GRADER = new Grader();
    private static final Variant V0 =
            Catalogue.standard().byId("momentum").orElseThrow().variant(0);

    private static PartFeedback grade(String part, Answer answer) {
        Map<String, Answer> answers = new LinkedHashMap<>(V0.modelAnswers());
        answers.put(part, answer);
        return GRADER.check(V0, answers, GradingSeed.practice("momentum", 0))
                .parts()
                .get(part);
    }

    private static Answer beta(String value) {
        return Answer.settings(Map.of("beta", value));
    }

    static Stream<Arguments> answers() {
        return Stream.of(
                Arguments.of("beta", beta("0.5"), Verdict.CORRECT, List.of(), MessageKey.EXPERIMENT_BEATS),
                Arguments.of("beta", beta("1/2"), Verdict.CORRECT, List.of(), MessageKey.EXPERIMENT_BEATS),
                Arguments.of("beta", beta("0.7"), Verdict.CORRECT, List.of(), MessageKey.EXPERIMENT_BEATS),
                Arguments.of(
                        "beta",
                        beta("0.85"),
                        Verdict.INCORRECT,
                        List.of(Note.TARGET_NOT_REACHED),
                        MessageKey.EXPERIMENT_NOT_BEATEN),
                Arguments.of(
                        "beta",
                        beta("0"),
                        Verdict.INCORRECT,
                        List.of(Note.TARGET_NOT_REACHED),
                        MessageKey.EXPERIMENT_NOT_BEATEN),
                Arguments.of(
                        "beta",
                        beta("0.999"),
                        Verdict.INCORRECT,
                        List.of(Note.TARGET_NOT_REACHED),
                        MessageKey.EXPERIMENT_NOT_BEATEN),
                Arguments.of("beta", beta("1"), Verdict.INVALID, List.of(), MessageKey.SETTING_OUT_OF_RANGE),
                Arguments.of("beta", beta("-0.1"), Verdict.INVALID, List.of(), MessageKey.SETTING_OUT_OF_RANGE),
                Arguments.of("beta", beta("0.5.1"), Verdict.INVALID, List.of(), MessageKey.INVALID_SETTING),
                Arguments.of("beta", Answer.settings(Map.of()), Verdict.INVALID, List.of(), MessageKey.MISSING_SETTING),
                Arguments.of(
                        "beta",
                        Answer.settings(Map.of("beta", "0.5", "lr", "0.1")),
                        Verdict.INVALID,
                        List.of(),
                        MessageKey.UNKNOWN_SETTING),
                Arguments.of("beta", Answer.text("0.5"), Verdict.INVALID, List.of(), MessageKey.WRONG_ENCODING),
                Arguments.of("winner", Answer.text("gd"), Verdict.CORRECT, List.of(), null),
                Arguments.of("winner", Answer.text("momentum"), Verdict.INCORRECT, List.of(), MessageKey.WRONG_CHOICE),
                Arguments.of("stable-lr", Answer.text("0.185"), Verdict.CORRECT, List.of(), null),
                Arguments.of("stable-lr", Answer.text("3.7/20"), Verdict.CORRECT, List.of(), null),
                Arguments.of(
                        "stable-lr",
                        Answer.text("0.1"),
                        Verdict.INCORRECT,
                        List.of(Note.MOMENTUM_IGNORED),
                        MessageKey.KNOWN_MISTAKE),
                Arguments.of(
                        "stable-lr",
                        Answer.text("0.0925"),
                        Verdict.INCORRECT,
                        List.of(Note.CONSTANT_FACTOR),
                        MessageKey.KNOWN_MISTAKE),
                Arguments.of(
                        "stable-lr", Answer.text("0.18"), Verdict.INCORRECT, List.of(), MessageKey.INCORRECT_NUMBER),
                Arguments.of("stable-lr", Answer.text("0.1.85"), Verdict.INVALID, List.of(), null));
    }

    @ParameterizedTest(name = "{0} = {1} → {2} {3}")
    @MethodSource("answers")
    void answers_are_graded_as_the_engine_runs_them(
            String part, Answer answer, Verdict verdict, List<Note> notes, MessageKey key) {
        PartFeedback f = grade(part, answer);
        assertThat(f.verdict()).as(f.messages().toString()).isEqualTo(verdict);
        assertThat(f.notes()).containsExactlyElementsOf(notes);
        if (key != null) {
            assertThat(f.messages()).extracting(Message::key).contains(key);
        }
    }

    @Test
    void the_race_reports_both_final_losses_of_the_course_materials_runs() {
        // s000-momentum-vs-gd: after 80 steps GD ends at 1.446421553549167e-5, momentum (β = 0.85) at
        // 5.1526750014678525e-5; messages print six significant figures.
        var out = ReferenceData.outputs("s000-momentum-vs-gd");
        String gd = Format.number(ReferenceData.number(out.get("gd").get("final_loss")));
        String momentum = Format.number(ReferenceData.number(out.get("momentum").get("final_loss")));
        PartFeedback f = grade("beta", beta("0.85"));
        assertThat(f.messages().getFirst().args())
                .containsExactly(
                        "beta = 0.85", "momentum (velocity form)", momentum, "80", "steps", "gradient descent", gd);
    }
}
