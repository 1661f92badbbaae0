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
import tools.jackson.databind.JsonNode;

/**
 * The linear-regression exercise on the course material's 50 points: training settings graded by running gradient
 * descent (the reference's λmax = 68.84 puts the stable limit at 2/λmax = 0.02905), the least-squares line
 * (w*, b*) = (2.884, 2.129) and the limit itself.
 */
class LinearRegressionGradingTest {

    private static final Grader GRADER = new Grader();
    private static final Variant V0 =
            Catalogue.standard().byId("linear-regression").orElseThrow().variant(0);

    private static PartFeedback grade(String part, Answer answer) {
        Map<String, Answer> answers = new LinkedHashMap<>(V0.modelAnswers());
        answers.put(part, answer);
        return GRADER.check(V0, answers, GradingSeed.practice("linear-regression", 0))
                .parts()
                .get(part);
    }

    private static Answer training(String lr, String epochs) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("lr", lr);
        values.put("epochs", epochs);
        return Answer.settings(values);
    }

    static Stream<Arguments> answers() {
        return Stream.of(
                Arguments.of("training", training("0.02", "2000"), Verdict.CORRECT, List.of()),
                Arguments.of("training", training("0.028", "3000"), Verdict.CORRECT, List.of()),
                // Just below 2/λmax = 0.02905 the stiff direction oscillates but still decays (|1 − 0.029·68.84| <
                // 1): given enough epochs the run settles.
                Arguments.of("training", training("0.029", "20000"), Verdict.CORRECT, List.of()),
                Arguments.of("training", training("0.03", "5000"), Verdict.INCORRECT, List.of(Note.DIVERGED)),
                Arguments.of("training", training("0.1", "200"), Verdict.INCORRECT, List.of(Note.DIVERGED)),
                Arguments.of("training", training("0.01", "200"), Verdict.INCORRECT, List.of(Note.TARGET_NOT_REACHED)),
                Arguments.of("training", training("0.02", "20001"), Verdict.INCORRECT, List.of(Note.OVER_BUDGET)),
                Arguments.of("training", training("0.02", "1e12"), Verdict.INCORRECT, List.of(Note.OVER_BUDGET)),
                Arguments.of("training", training("0.02", "2000.5"), Verdict.INVALID, List.of()),
                Arguments.of("training", training("0.02", "0"), Verdict.INVALID, List.of()),
                Arguments.of("training", training("fast", "2000"), Verdict.INVALID, List.of()),
                Arguments.of("training", Answer.settings(Map.of("epochs", "2000")), Verdict.INVALID, List.of()),
                Arguments.of("least-squares", Answer.entries("2.884", "2.129"), Verdict.CORRECT, List.of()),
                Arguments.of("least-squares", Answer.entries("2.88", "2.13"), Verdict.CORRECT, List.of()),
                Arguments.of("least-squares", Answer.entries("3", "2"), Verdict.INCORRECT, List.of(Note.WRONG_ENTRY)),
                Arguments.of(
                        "least-squares",
                        Answer.entries("2.884", "1.697"),
                        Verdict.PARTIALLY_CORRECT,
                        List.of(Note.WRONG_ENTRY)),
                Arguments.of(
                        "least-squares", Answer.entries("2.884"), Verdict.PARTIALLY_CORRECT, List.of(Note.WRONG_ENTRY)),
                Arguments.of("stable-lr", Answer.text("0.02905"), Verdict.CORRECT, List.of()),
                Arguments.of("stable-lr", Answer.text("2/68.84"), Verdict.CORRECT, List.of()),
                Arguments.of("stable-lr", Answer.text("0.01453"), Verdict.INCORRECT, List.of(Note.ONE_OVER_LAMBDA)),
                Arguments.of("stable-lr", Answer.text("0.1"), Verdict.INCORRECT, List.of()),
                Arguments.of("stable-lr", Answer.text("2/lambda"), Verdict.INVALID, List.of(Note.UNKNOWN_VARIABLE)));
    }

    @ParameterizedTest(name = "{0} = {1} → {2} {3}")
    @MethodSource("answers")
    void answers_are_graded_against_the_engine(String part, Answer answer, Verdict verdict, List<Note> notes) {
        PartFeedback f = grade(part, answer);
        assertThat(f.verdict()).as(f.messages().toString()).isEqualTo(verdict);
        assertThat(f.notes()).containsExactlyElementsOf(notes);
    }

    @Test
    void the_course_materials_short_run_ends_where_the_reference_says() {
        // s002-linreg-snapshots: after 200 epochs at α = 0.01, (w, b) = (2.94862, 1.69718) with six figures.
        JsonNode out = ReferenceData.outputs("s002-linreg-snapshots");
        String w = Format.number(ReferenceData.number(out.get("final_w")));
        String b = Format.number(ReferenceData.number(out.get("final_b")));
        PartFeedback f = grade("training", training("0.01", "200"));
        assertThat(f.messages()).extracting(Message::key).containsExactly(MessageKey.EXPERIMENT_NOT_REACHED);
        assertThat(f.messages().getFirst().args().get(2)).startsWith("(" + w + ", " + b + ")");
    }

    @Test
    void the_diverging_run_is_reported_as_diverged_not_as_an_error() {
        PartFeedback f = grade("training", training("0.1", "200"));
        assertThat(f.messages()).extracting(Message::key).containsExactly(MessageKey.EXPERIMENT_DIVERGED);
        assertThat(f.score()).hasValue(0);
    }
}
