package org.gradientlab.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.gradientlab.exercises.Note.SIGN_ERROR;
import static org.gradientlab.exercises.Note.UNKNOWN_VARIABLE;
import static org.gradientlab.grading.Verdict.CORRECT;
import static org.gradientlab.grading.Verdict.INCORRECT;
import static org.gradientlab.grading.Verdict.INVALID;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.NumberCheck;
import org.gradientlab.exercises.ParameterException;
import org.gradientlab.exercises.ParameterProblem;
import org.gradientlab.exercises.Variant;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.gradientlab.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The Lagrange exercise (variant 0: minimise x² + y² on x + y = 1 with L = f + λ·g, so x* = y* = ½, λ* = −1):
 * model answers against the reference figures, typed answers and their notes, and the self-test over many
 * variants.
 */
class LagrangeGradingTest {

    private static final Exercise EXERCISE =
            Catalogue.standard().byId("lagrange").orElseThrow();
    private static final Variant V0 = EXERCISE.variant(0);

    private static double value(Variant v, String part) {
        return ((NumberCheck) v.part(part).orElseThrow().check()).value();
    }

    @Test
    void reference_case_s004_lagrange_scipy_is_the_variant_zero_answer() {
        JsonNode out = ReferenceData.outputs("s004-lagrange-scipy");
        double[] x = ReferenceData.vector(out.get("x_analytical"));
        // the engine solves the same 3×3 linear system exactly up to round-off
        assertThat(value(V0, "x")).isCloseTo(x[0], within(1e-12));
        assertThat(value(V0, "y")).isCloseTo(x[1], within(1e-12));
        assertThat(value(V0, "lambda")).isCloseTo(ReferenceData.number(out.get("lambda_analytical")), within(1e-12));
        // SciPy's SLSQP answer is iterative: the README asks for ~1e-8
        assertThat(value(V0, "x")).isCloseTo(ReferenceData.vector(out.get("scipy_x"))[0], within(1e-8));
    }

    static Stream<Arguments> answers() {
        return Stream.of(
                Arguments.of("x", "0.5", CORRECT, List.of()),
                Arguments.of("x", "1/2", CORRECT, List.of()),
                Arguments.of("x", "0.5002", CORRECT, List.of()),
                Arguments.of("x", "0.51", INCORRECT, List.of()),
                Arguments.of("x", "0", INCORRECT, List.of()),
                Arguments.of("x", "-0.5", INCORRECT, List.of(SIGN_ERROR)),
                Arguments.of("x", "1/", INVALID, List.of()),
                Arguments.of("x", "", INVALID, List.of()),
                Arguments.of("y", "2/4", CORRECT, List.of()),
                Arguments.of("y", "1", INCORRECT, List.of()),
                Arguments.of("lambda", "-1", CORRECT, List.of()),
                Arguments.of("lambda", "−1", CORRECT, List.of()),
                Arguments.of("lambda", "-2/2", CORRECT, List.of()),
                Arguments.of("lambda", "1", INCORRECT, List.of(SIGN_ERROR)),
                Arguments.of("lambda", "0", INCORRECT, List.of()),
                Arguments.of("lambda", "-0.5", INCORRECT, List.of()),
                Arguments.of("lambda", "lambda", INVALID, List.of(UNKNOWN_VARIABLE)));
    }

    @ParameterizedTest(name = "{0} = \"{1}\" is {2} {3}")
    @MethodSource("answers")
    void typed_answers_are_graded(String part, String answer, Verdict verdict, List<Note> notes) {
        CatalogueAnswers.expect(
                CatalogueAnswers.grade(V0, part, Answer.text(answer)), verdict, verdict == CORRECT ? 1 : 0, notes);
    }

    @Test
    void the_flipped_multiplier_is_explained_by_the_convention() {
        PartFeedback f = CatalogueAnswers.grade(V0, "lambda", Answer.text("1"));
        assertThat(f.messages()).extracting(Message::key).containsExactly(MessageKey.KNOWN_MISTAKE);
        assertThat(f.messages().getFirst().text()).contains("L = f − λ·g");
    }

    @Test
    void one_wrong_part_of_three_scores_two_thirds() {
        Feedback f = CatalogueAnswers.submit(V0, "lambda", Answer.text("1"));
        assertThat(f.verdict()).isEqualTo(Verdict.PARTIALLY_CORRECT);
        assertThat(f.score().getAsDouble()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void instructor_problem_is_solved_exactly() {
        // 2x² + y² on x + y = 3: 4x + λ = 0, 2y + λ = 0, so x = −λ/4, y = −λ/2, −3λ/4 = 3: λ = −4, x = 1, y = 2
        Variant v = EXERCISE.variant(5, Map.of("objective-weights", "2, 1", "constraint", "1, 1, 3"));
        assertThat(value(v, "x")).isCloseTo(1, within(1e-12));
        assertThat(value(v, "y")).isCloseTo(2, within(1e-12));
        assertThat(value(v, "lambda")).isCloseTo(-4, within(1e-12));
        assertThat(v.parameters()).containsEntry("objective-weights", "2, 1").containsEntry("constraint", "1, 1, 3");
    }

    @Test
    void every_variant_answer_is_feasible_and_stationary_for_its_own_numbers() {
        for (int n = 0; n < 60; n++) {
            Variant v = EXERCISE.variant(n);
            double[] w = numbers(v.parameters().get("objective-weights"));
            double[] g = numbers(v.parameters().get("constraint"));
            double x = value(v, "x");
            double y = value(v, "y");
            double lambda = value(v, "lambda");
            // g(x*, y*) = 0 and ∇f + λ∇g = 0 with ∇f = (2px, 2qy): round-off of a 3×3 solve with small integers
            assertThat(g[0] * x + g[1] * y).as("variant %d", n).isCloseTo(g[2], within(1e-12));
            assertThat(2 * w[0] * x + lambda * g[0]).as("variant %d", n).isCloseTo(0, within(1e-12));
            assertThat(2 * w[1] * y + lambda * g[1]).as("variant %d", n).isCloseTo(0, within(1e-12));
        }
    }

    private static double[] numbers(String text) {
        return java.util.Arrays.stream(text.split(","))
                .mapToDouble(s -> Double.parseDouble(s.strip()))
                .toArray();
    }

    @Test
    void unusable_overrides_are_refused_with_keys() {
        assertThat(EXERCISE.validate(Map.of("objective-weights", "0, 1")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.UNSUITABLE);
        assertThat(EXERCISE.validate(Map.of("constraint", "1, 1, 0")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.UNSUITABLE);
        assertThat(EXERCISE.validate(Map.of("constraint", "1, 1")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.WRONG_DIMENSION);
        assertThat(EXERCISE.validate(Map.of("weights", "1, 1")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.UNKNOWN_PARAMETER);
        assertThatThrownBy(() -> EXERCISE.variant(0, Map.of("constraint", "0, 0, 1")))
                .isInstanceOf(ParameterException.class);
    }

    @Test
    void variants_are_deterministic_and_vary() {
        assertThat(EXERCISE.variant(17)).isEqualTo(EXERCISE.variant(17));
        assertThat(Stream.iterate(1, n -> n + 1)
                        .limit(20)
                        .map(n -> EXERCISE.variant(n).parameters())
                        .distinct())
                .hasSizeGreaterThan(5);
    }

    @Test
    void the_self_test_passes_over_sixty_variants() {
        SelfTestReport report = new VariantSelfTest().run(EXERCISE, Map.of(), 0, 60);
        assertThat(report.failures()).isEmpty();
    }
}
