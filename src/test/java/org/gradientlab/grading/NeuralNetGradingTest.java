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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The neural-net exercise, variant 0 (4-2-1, β1 = 0.9, β2 = 0.999, accuracy goal 0.95 within 10 epochs). */
class NeuralNetGradingTest {

    private static final Grader GRADER = new Grader();
    private static final Variant V0 =
            Catalogue.standard().byId("neural-net").orElseThrow().variant(0);

    private static PartFeedback grade(String part, Answer answer) {
        Map<String, Answer> answers = new LinkedHashMap<>(V0.modelAnswers());
        answers.put(part, answer);
        return GRADER.check(V0, answers, GradingSeed.practice("neural-net", 0))
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
                Arguments.of("training", training("0.03", "10"), Verdict.CORRECT, List.of()),
                Arguments.of("training", training("1e-4", "10"), Verdict.INCORRECT, List.of(Note.TARGET_NOT_REACHED)),
                Arguments.of("training", training("0.03", "11"), Verdict.INCORRECT, List.of(Note.OVER_BUDGET)),
                Arguments.of("training", training("0.03", "ten"), Verdict.INVALID, List.of()),
                // 1/(1 − 0.9) = 10; the factor for v is 1/(1 − 0.999) = 1000.
                Arguments.of("correction", Answer.text("10"), Verdict.CORRECT, List.of()),
                Arguments.of("correction", Answer.text("1/(1-0.9)"), Verdict.CORRECT, List.of()),
                Arguments.of("correction", Answer.text("1"), Verdict.INCORRECT, List.of(Note.MISSING_BIAS_CORRECTION)),
                Arguments.of("correction", Answer.text("0.1"), Verdict.INCORRECT, List.of(Note.CONSTANT_FACTOR)),
                Arguments.of("correction", Answer.text("1/0.9"), Verdict.INCORRECT, List.of(Note.WRONG_DECAY)),
                Arguments.of("correction", Answer.text("1000"), Verdict.INCORRECT, List.of()),
                Arguments.of("coin-labels", Answer.text("chance"), Verdict.CORRECT, List.of()),
                Arguments.of("coin-labels", Answer.text("learned"), Verdict.INCORRECT, List.of()));
    }

    @ParameterizedTest(name = "{0} = {1} → {2} {3}")
    @MethodSource("answers")
    void answers_are_graded_against_the_engine(String part, Answer answer, Verdict verdict, List<Note> notes) {
        PartFeedback f = grade(part, answer);
        assertThat(f.verdict()).as(f.messages().toString()).isEqualTo(verdict);
        assertThat(f.notes()).containsExactlyElementsOf(notes);
    }

    @Test
    void the_first_moments_are_graded_from_the_gradient_in_the_prompt() {
        // The prompt states g; at t = 1, m = 0.1·g, v = 0.001·g², m̂ = g.
        String prompt = V0.part("first-moments").orElseThrow().prompt();
        double g = Double.parseDouble(prompt.replaceAll("(?s).*\\$g = ([-0-9.e]+)\\$.*", "$1"));
        PartFeedback right = grade(
                "first-moments",
                Answer.entries(Double.toString(0.1 * g), Double.toString(0.001 * g * g), Double.toString(g)));
        assertThat(right.verdict()).isEqualTo(Verdict.CORRECT);
        PartFeedback noCorrection = grade(
                "first-moments",
                Answer.entries(Double.toString(0.1 * g), Double.toString(0.001 * g * g), Double.toString(0.1 * g)));
        assertThat(noCorrection.verdict()).isEqualTo(Verdict.PARTIALLY_CORRECT);
        assertThat(noCorrection.notes()).containsExactly(Note.WRONG_ENTRY);
    }
}
