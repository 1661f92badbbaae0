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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The batch-size exercise, variant 0 (10 000 samples, σ = 0.5, the course material's true weights). */
class BatchSizeGradingTest {

    private static final Grader GRADER = new Grader();
    private static final Variant V0 =
            Catalogue.standard().byId("batch-size").orElseThrow().variant(0);

    static Stream<Arguments> answers() {
        return Stream.of(
                Arguments.of("noisiest", "b1", Verdict.CORRECT, List.of()),
                Arguments.of("noisiest", "full", Verdict.INCORRECT, List.of()),
                Arguments.of("noisiest", "b32", Verdict.INVALID, List.of()),
                // Exact ratio 4·(10000 − 16)/(10000 − 64) = 4.0193; "about 4" is within 3 %.
                Arguments.of("variance-ratio", "4", Verdict.CORRECT, List.of()),
                Arguments.of("variance-ratio", "4.02", Verdict.CORRECT, List.of()),
                Arguments.of("variance-ratio", "2", Verdict.INCORRECT, List.of(Note.CONSTANT_FACTOR)),
                Arguments.of("variance-ratio", "1/4", Verdict.INCORRECT, List.of(Note.CONSTANT_FACTOR)),
                Arguments.of("variance-ratio", "16", Verdict.INCORRECT, List.of()),
                // |‖g‖ − ‖ḡ‖| ≤ ‖g − ḡ‖: the spread of the lengths never exceeds that of the vectors.
                Arguments.of("statistic", "smaller", Verdict.CORRECT, List.of()),
                Arguments.of("statistic", "same", Verdict.INCORRECT, List.of()),
                Arguments.of("full-batch-epochs", "1", Verdict.INCORRECT, List.of()),
                Arguments.of("full-batch-epochs", "1.4.1", Verdict.INVALID, List.of()));
    }

    @ParameterizedTest(name = "{0} = {1} → {2} {3}")
    @MethodSource("answers")
    void answers_follow_from_the_engines_measurements(String part, String answer, Verdict verdict, List<Note> notes) {
        Map<String, Answer> answers = new LinkedHashMap<>(V0.modelAnswers());
        answers.put(part, Answer.text(answer));
        PartFeedback f = GRADER.check(V0, answers, GradingSeed.practice("batch-size", 0))
                .parts()
                .get(part);
        assertThat(f.verdict()).isEqualTo(verdict);
        assertThat(f.notes()).containsExactlyElementsOf(notes);
    }
}
