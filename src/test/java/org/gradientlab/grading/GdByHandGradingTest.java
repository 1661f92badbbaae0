package org.gradientlab.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.gradientlab.exercises.Note.UNKNOWN_VARIABLE;
import static org.gradientlab.exercises.Note.WRONG_ENTRY;
import static org.gradientlab.grading.Verdict.CORRECT;
import static org.gradientlab.grading.Verdict.INCORRECT;
import static org.gradientlab.grading.Verdict.INVALID;
import static org.gradientlab.grading.Verdict.PARTIALLY_CORRECT;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.ParameterProblem;
import org.gradientlab.exercises.Variant;
import org.gradientlab.exercises.VectorCheck;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.gradientlab.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Gradient descent by hand (variant 0: the bowl (x1 − 2)² + (x2 + 1)² from (−2, 3) with α = 0.3, so
 * ∇f(x0) = (−8, 8), x1 = (0.4, 0.6), x2 = (1.36, −0.36)): reference path, typed vectors and the self-test.
 */
class GdByHandGradingTest {

    private static final Exercise EXERCISE =
            Catalogue.standard().byId("gd-by-hand").orElseThrow();
    private static final Variant V0 = EXERCISE.variant(0);

    private static double[] reference(Variant v, String part) {
        VectorCheck c = (VectorCheck) v.part(part).orElseThrow().check();
        return VectorGrader.evaluate(c.entries(), c.point());
    }

    @Test
    void reference_cases_s000_gd_bowl_numpy_and_torch_give_the_first_two_iterates() {
        for (String id : List.of("s000-gd-bowl-numpy", "s000-gd-bowl-torch")) {
            JsonNode path = ReferenceData.outputs(id).get("path");
            // the same update in the same order: agreement to the last bit or two
            assertThat(reference(V0, "step-1")).containsExactly(ReferenceData.vector(path.get(1)), within(1e-15));
            assertThat(reference(V0, "step-2")).containsExactly(ReferenceData.vector(path.get(2)), within(1e-15));
        }
        // ∇f = (2(x1 − 2), 2(x2 + 1)) at (−2, 3)
        assertThat(reference(V0, "gradient-at-start")).containsExactly(-8, 8);
    }

    static Stream<Arguments> answers() {
        return Stream.of(
                Arguments.of("gradient-at-start", List.of("-8", "8"), CORRECT, 1.0, List.of()),
                Arguments.of("gradient-at-start", List.of("-4", "4"), INCORRECT, 0.0, List.of(WRONG_ENTRY)),
                Arguments.of("step-1", List.of("0.4", "0.6"), CORRECT, 1.0, List.of()),
                Arguments.of("step-1", List.of("2/5", "3/5"), CORRECT, 1.0, List.of()),
                Arguments.of("step-1", List.of(" 0.4000 ", "0.6"), CORRECT, 1.0, List.of()),
                Arguments.of("step-1", List.of("-2 + 0.3*8", "3 - 0.3*8"), CORRECT, 1.0, List.of()),
                Arguments.of("step-1", List.of("0.4", "-0.6"), PARTIALLY_CORRECT, 0.5, List.of(WRONG_ENTRY)),
                Arguments.of("step-1", List.of("-4.4", "5.4"), INCORRECT, 0.0, List.of(WRONG_ENTRY)),
                Arguments.of("step-1", List.of("0.4"), PARTIALLY_CORRECT, 0.5, List.of(WRONG_ENTRY)),
                Arguments.of("step-1", List.of("0.4", ""), INVALID, 0.0, List.of()),
                Arguments.of("step-1", List.of("x1", "0.6"), INVALID, 0.0, List.of(UNKNOWN_VARIABLE)),
                Arguments.of("step-1", List.of(), INVALID, 0.0, List.of()),
                Arguments.of("step-2", List.of("1.36", "-0.36"), CORRECT, 1.0, List.of()),
                Arguments.of("step-2", List.of("1.3600", "−0.36"), CORRECT, 1.0, List.of()),
                Arguments.of("step-2", List.of("2.8", "-1.8"), INCORRECT, 0.0, List.of(WRONG_ENTRY)),
                Arguments.of("step-2", List.of("1.36", "-0.35"), PARTIALLY_CORRECT, 0.5, List.of(WRONG_ENTRY)));
    }

    @ParameterizedTest(name = "{0} = {1} is {2} ({3}) {4}")
    @MethodSource("answers")
    void typed_vectors_are_graded_per_entry(
            String part, List<String> entries, Verdict verdict, double score, List<Note> notes) {
        CatalogueAnswers.expect(
                CatalogueAnswers.grade(V0, part, Answer.entries(entries.toArray(String[]::new))),
                verdict,
                score,
                notes);
    }

    @Test
    void the_mask_marks_the_wrong_coordinate() {
        PartFeedback f = CatalogueAnswers.grade(V0, "step-2", Answer.entries("1.36", "-0.35"));
        assertThat(f.mask().orElseThrow().asList()).isEqualTo(List.of(true, false));
    }

    @Test
    void model_answers_of_many_variants_follow_the_update_rule() {
        for (int n = 0; n < 60; n++) {
            Variant v = EXERCISE.variant(n);
            double[] c = numbers(v.parameters().get("centre"));
            double[] x = numbers(v.parameters().get("start"));
            double alpha = Double.parseDouble(v.parameters().get("learning-rate"));
            for (String part : List.of("step-1", "step-2")) {
                // x ← x − α·2(x − c), computed here independently of the engine
                x = new double[] {x[0] - alpha * 2 * (x[0] - c[0]), x[1] - alpha * 2 * (x[1] - c[1])};
                assertThat(reference(v, part)).as("variant %d %s", n, part).containsExactly(x, within(1e-12));
            }
        }
    }

    private static double[] numbers(String text) {
        return Arrays.stream(text.split(","))
                .mapToDouble(s -> Double.parseDouble(s.strip()))
                .toArray();
    }

    @Test
    void unusable_overrides_are_refused_with_keys() {
        assertThat(EXERCISE.validate(Map.of("learning-rate", "0.5")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.OUT_OF_RANGE);
        assertThat(EXERCISE.validate(Map.of("start", "2, 0")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.UNSUITABLE);
        assertThat(EXERCISE.validate(Map.of("start", "(1, 2)")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.NOT_A_NUMBER);
        assertThat(EXERCISE.validate(Map.of("centre", "0, 0", "start", "1, 1", "learning-rate", "0.1")))
                .isEmpty();
    }

    @Test
    void variants_are_deterministic_and_vary() {
        assertThat(EXERCISE.variant(23)).isEqualTo(EXERCISE.variant(23));
        assertThat(Stream.iterate(1, n -> n + 1)
                        .limit(20)
                        .map(n -> EXERCISE.variant(n).parameters())
                        .distinct())
                .hasSizeGreaterThan(10);
    }

    @Test
    void the_self_test_passes_over_sixty_variants() {
        assertThat(new VariantSelfTest().run(EXERCISE, Map.of(), 0, 60).failures())
                .isEmpty();
    }
}
