package org.gradientlab.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradientlab.exercises.Note.CONSTANT_FACTOR;
import static org.gradientlab.exercises.Note.DROPPED_TERM;
import static org.gradientlab.exercises.Note.EXTRA_CONSTANT;
import static org.gradientlab.exercises.Note.FORBIDDEN_FUNCTION;
import static org.gradientlab.exercises.Note.FUNCTION_NOT_DIFFERENTIATED;
import static org.gradientlab.exercises.Note.INTEGRATED_INSTEAD;
import static org.gradientlab.exercises.Note.MISSING_INNER_DERIVATIVE;
import static org.gradientlab.exercises.Note.SIGN_ERROR;
import static org.gradientlab.exercises.Note.UNDEFINED_AT_POINT;
import static org.gradientlab.exercises.Note.UNKNOWN_VARIABLE;
import static org.gradientlab.exercises.Note.WRONG_OUTER_DERIVATIVE;
import static org.gradientlab.grading.Verdict.CORRECT;
import static org.gradientlab.grading.Verdict.INCORRECT;
import static org.gradientlab.grading.Verdict.INVALID;

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
 * Answers to the chain-rule exercise, graded: equivalent forms, implicit multiplication, Unicode, each
 * misconception, malformed input. Assertions are on verdicts, scores and note keys, not on prose.
 */
class ChainRuleGradingTest {

    private static final Grader GRADER = new Grader();

    private static Arguments row(String function, String answer, Verdict verdict, Note... notes) {
        return Arguments.of(function, answer, verdict, List.of(notes));
    }

    static Stream<Arguments> answers() {
        String sin = "sin(x^2)";
        String power = "(3*x + 1)^5";
        String sum = "sin(x^2 + 3*x)";
        return Stream.of(
                row(sin, "2*x*cos(x^2)", CORRECT),
                row(sin, "2x cos(x^2)", CORRECT),
                row(sin, "cos(x^2)*2x", CORRECT),
                row(sin, "2x·cos(x²)", CORRECT),
                row(sin, "x*cos(x**2) + cos(x^2)*x", CORRECT),
                row(sin, "2 x cos(x x)", CORRECT),
                row(sin, "2*x*cos(x^2) + 1e-12", CORRECT),
                row(sin, "cos(x^2)", INCORRECT, MISSING_INNER_DERIVATIVE),
                row(sin, "-2x cos(x^2)", INCORRECT, WRONG_OUTER_DERIVATIVE),
                row(sin, "−2x·cos(x²)", INCORRECT, WRONG_OUTER_DERIVATIVE),
                row(sin, "-cos(x^2)", INCORRECT, WRONG_OUTER_DERIVATIVE, MISSING_INNER_DERIVATIVE),
                row(sin, "x cos(x^2)", INCORRECT, CONSTANT_FACTOR),
                row(sin, "4x cos(x^2)", INCORRECT, CONSTANT_FACTOR),
                row(sin, "2x cos(x^2) + 3", INCORRECT, EXTRA_CONSTANT),
                row(sin, "sin(x^2)", INCORRECT, FUNCTION_NOT_DIFFERENTIATED),
                row(sin, "2x sin(x^2)", INCORRECT),
                row(sin, "2x cos(x^2) sqrt(x)/sqrt(x)", INCORRECT, UNDEFINED_AT_POINT),
                row(sin, "2x cos(x^2", INVALID),
                row(sin, "2y cos(x^2)", INVALID, UNKNOWN_VARIABLE),
                row(sin, "2xcos(x^2)", INVALID),
                row(sin, "diff(sin(x^2), x)", INVALID, FORBIDDEN_FUNCTION),
                row(sin, "", INVALID),
                row(sin, "2x = cos(x^2)", INVALID),
                row(power, "15(3x+1)^4", CORRECT),
                row(power, "5(3x+1)^4", INCORRECT, MISSING_INNER_DERIVATIVE),
                row(power, "15(3x+1)^5", INCORRECT, WRONG_OUTER_DERIVATIVE),
                row(power, "-15(3x+1)^4", INCORRECT, SIGN_ERROR),
                row(power, "(3x+1)^6/18", INCORRECT, INTEGRATED_INSTEAD),
                row(sum, "(2x+3)cos(x^2+3x)", CORRECT),
                row(sum, "2x cos(x^2+3x)", INCORRECT, DROPPED_TERM),
                row(sum, "3 cos(x^2+3x)", INCORRECT, DROPPED_TERM));
    }

    @ParameterizedTest(name = "f = {0}: \"{1}\" is {2} {3}")
    @MethodSource("answers")
    void answers_are_graded_with_the_expected_verdict_score_and_notes(
            String function, String answer, Verdict verdict, List<Note> notes) {
        Variant v = Catalogue.standard().byId("chain-rule").orElseThrow().variant(0, Map.of("function", function));
        Feedback f = GRADER.check(v, Map.of("derivative", Answer.text(answer)), GradingSeed.practice("chain-rule", 0));
        PartFeedback part = f.parts().get("derivative");
        assertThat(part.verdict()).isEqualTo(verdict);
        assertThat(part.notes()).containsExactlyInAnyOrderElementsOf(notes);
        assertThat(f.verdict()).isEqualTo(verdict);
        if (verdict == CORRECT) {
            assertThat(f.score()).hasValue(1.0);
        } else if (verdict == INCORRECT) {
            assertThat(f.score()).hasValue(0.0);
            assertThat(part.messages()).isNotEmpty();
        } else {
            assertThat(f.score()).isEmpty();
            assertThat(part.messages()).isNotEmpty();
        }
    }
}
