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

/**
 * The optimizer comparison, variant 0 (the course material's races): answers that follow from the reference
 * tables are right (Adam closest and RMSProp farthest on the regression; heavy-ball momentum closest, Adam
 * farthest and one optimizer within 0.01 of (1, 1) on Rosenbrock); the course material's claim that Adam finds the
 * optimum is graded wrong.
 */
class OptimizerComparisonGradingTest {

    private static final Grader GRADER = new Grader();
    private static final Variant V0 =
            Catalogue.standard().byId("optimizer-comparison").orElseThrow().variant(0);

    static Stream<Arguments> answers() {
        return Stream.of(
                Arguments.of("regression-closest", "adam", Verdict.CORRECT, List.of()),
                Arguments.of("regression-closest", "sgd", Verdict.INCORRECT, List.of()),
                Arguments.of("regression-farthest", "rmsprop", Verdict.CORRECT, List.of()),
                Arguments.of("regression-farthest", "sgd", Verdict.INCORRECT, List.of()),
                Arguments.of("rosenbrock-closest", "momentum", Verdict.CORRECT, List.of()),
                Arguments.of("rosenbrock-closest", "adam", Verdict.INCORRECT, List.of()),
                Arguments.of("rosenbrock-farthest", "adam", Verdict.CORRECT, List.of()),
                Arguments.of("rosenbrock-farthest", "Adam", Verdict.INVALID, List.of()),
                Arguments.of("rosenbrock-reached", "1", Verdict.CORRECT, List.of()),
                Arguments.of("rosenbrock-reached", "4", Verdict.INCORRECT, List.of()),
                Arguments.of("rosenbrock-reached", "one", Verdict.INVALID, List.of(Note.UNKNOWN_VARIABLE)));
    }

    @ParameterizedTest(name = "{0} = {1} → {2}")
    @MethodSource("answers")
    void answers_follow_from_the_engines_numbers(String part, String answer, Verdict verdict, List<Note> notes) {
        Map<String, Answer> answers = new LinkedHashMap<>(V0.modelAnswers());
        answers.put(part, Answer.text(answer));
        PartFeedback f = GRADER.check(V0, answers, GradingSeed.practice("optimizer-comparison", 0))
                .parts()
                .get(part);
        assertThat(f.verdict()).isEqualTo(verdict);
        assertThat(f.notes()).containsExactlyElementsOf(notes);
    }
}
