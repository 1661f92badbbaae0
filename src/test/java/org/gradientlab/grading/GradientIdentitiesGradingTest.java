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
 * Gradient identities (variant 0: x = (1, −2, 0.5), a = (3, 1, −2), symmetric A; ∇(aᵀx) = (3, 1, −2),
 * ∇(xᵀx) = (2, −4, 1), ∇(xᵀAx) = 2Ax = (0, −9, −2)).
 */
class GradientIdentitiesGradingTest {

    private static final Exercise EXERCISE =
            Catalogue.standard().byId("gradient-identities").orElseThrow();
    private static final Variant V0 = EXERCISE.variant(0);

    private static double[] reference(Variant v, String part) {
        VectorCheck c = (VectorCheck) v.part(part).orElseThrow().check();
        return VectorGrader.evaluate(c.entries(), c.point());
    }

    @Test
    void reference_case_s000_gradient_identities_gives_the_three_gradients() {
        JsonNode results = ReferenceData.outputs("s000-gradient-identities").get("results");
        // reverse-mode derivatives of polynomials with small coefficients at dyadic points: exact
        assertThat(reference(V0, "linear"))
                .containsExactly(ReferenceData.vector(results.get("a^Tx").get("analytical")));
        assertThat(reference(V0, "squared-norm"))
                .containsExactly(ReferenceData.vector(results.get("||x||^2").get("analytical")));
        assertThat(reference(V0, "quadratic-form"))
                .containsExactly(ReferenceData.vector(results.get("x^TAx").get("analytical")));
        // the course's central differences (errors ≤ 2e-10) typed in full are right at four figures
        for (Map.Entry<String, String> e : Map.of(
                        "a^Tx", "linear", "||x||^2", "squared-norm", "x^TAx", "quadratic-form")
                .entrySet()) {
            String[] typed = Arrays.stream(
                            ReferenceData.vector(results.get(e.getKey()).get("numerical")))
                    .mapToObj(Double::toString)
                    .toArray(String[]::new);
            assertThat(CatalogueAnswers.grade(V0, e.getValue(), Answer.entries(typed))
                            .verdict())
                    .isEqualTo(CORRECT);
        }
    }

    static Stream<Arguments> answers() {
        return Stream.of(
                Arguments.of("linear", List.of("3", "1", "-2"), CORRECT, 1.0, List.of()),
                Arguments.of("linear", List.of("1", "-2", "0.5"), INCORRECT, 0.0, List.of(WRONG_ENTRY)),
                Arguments.of("linear", List.of("3", "1"), PARTIALLY_CORRECT, 2.0 / 3, List.of(WRONG_ENTRY)),
                Arguments.of("squared-norm", List.of("2", "-4", "1"), CORRECT, 1.0, List.of()),
                Arguments.of("squared-norm", List.of("2*x1", "2*x2", "2*x3"), CORRECT, 1.0, List.of()),
                Arguments.of("squared-norm", List.of("1", "-2", "0.5"), INCORRECT, 0.0, List.of(WRONG_ENTRY)),
                Arguments.of("squared-norm", List.of("2", "-4", "x4"), INVALID, 0.0, List.of(UNKNOWN_VARIABLE)),
                Arguments.of("quadratic-form", List.of("0", "-9", "-2"), CORRECT, 1.0, List.of()),
                Arguments.of(
                        "quadratic-form",
                        List.of("2*(2*x1 + x2)", "2*(x1 + 3*x2 + x3)", "2*(x2 + 2*x3)"),
                        CORRECT,
                        1.0,
                        List.of()),
                // Ax = (0, −4.5, −1): the zero entry happens to agree
                Arguments.of(
                        "quadratic-form", List.of("0", "-4.5", "-1"), PARTIALLY_CORRECT, 1.0 / 3, List.of(WRONG_ENTRY)),
                Arguments.of("quadratic-form", List.of("0", "-9", ""), INVALID, 0.0, List.of()));
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
    void a_non_symmetric_matrix_needs_the_general_rule() {
        // A = [[1, 2, 0], [0, 1, 0], [0, 0, 1]], x = (1, 1, 1): (A + Aᵀ)x = (4, 4, 2), while 2Ax = (6, 2, 2)
        Variant v = EXERCISE.variant(0, Map.of("matrix", "1, 2, 0; 0, 1, 0; 0, 0, 1", "point", "1, 1, 1"));
        assertThat(reference(v, "quadratic-form")).containsExactly(4, 4, 2);
        CatalogueAnswers.expect(
                CatalogueAnswers.grade(v, "quadratic-form", Answer.entries("6", "2", "2")),
                PARTIALLY_CORRECT,
                1.0 / 3,
                List.of(WRONG_ENTRY));
        assertThat(v.explanation()).contains("**not** symmetric");
    }

    @Test
    void every_variant_follows_the_three_rules() {
        int general = 0;
        for (int n = 0; n < 60; n++) {
            Variant v = EXERCISE.variant(n);
            double[] x = numbers(v.parameters().get("point"));
            double[] a = numbers(v.parameters().get("a"));
            String[] rows = v.parameters().get("matrix").split(";");
            double[][] m = new double[3][];
            for (int i = 0; i < 3; i++) {
                m[i] = numbers(rows[i]);
            }
            double[] rule = new double[3];
            boolean symmetric = true;
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    rule[i] += (m[i][j] + m[j][i]) * x[j];
                    symmetric &= m[i][j] == m[j][i];
                }
            }
            general += symmetric ? 0 : 1;
            // small integers and halves: the engine's sums are exact up to a rounding or two
            assertThat(reference(v, "linear")).as("variant %d", n).containsExactly(a, within(1e-12));
            assertThat(reference(v, "squared-norm"))
                    .as("variant %d", n)
                    .containsExactly(new double[] {2 * x[0], 2 * x[1], 2 * x[2]}, within(1e-12));
            assertThat(reference(v, "quadratic-form")).as("variant %d", n).containsExactly(rule, within(1e-12));
        }
        assertThat(general).as("variants about the general rule").isEqualTo(15);
    }

    private static double[] numbers(String text) {
        return Arrays.stream(text.split(","))
                .mapToDouble(s -> Double.parseDouble(s.strip()))
                .toArray();
    }

    @Test
    void unusable_overrides_are_refused_with_keys() {
        assertThat(EXERCISE.validate(Map.of("matrix", "1, 2; 3, 4")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.WRONG_DIMENSION);
        assertThat(EXERCISE.validate(Map.of("point", "1, 2")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.WRONG_DIMENSION);
        assertThat(EXERCISE.validate(Map.of("a", "1, x, 2")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.NOT_A_NUMBER);
        assertThat(EXERCISE.validate(Map.of("a", "0, 0, 1", "matrix", "1, 0, 0; 0, 1, 0; 0, 0, 1")))
                .isEmpty();
    }

    @Test
    void variants_are_deterministic_and_vary() {
        assertThat(EXERCISE.variant(31)).isEqualTo(EXERCISE.variant(31));
        assertThat(Stream.iterate(1, n -> n + 1)
                        .limit(20)
                        .map(n -> EXERCISE.variant(n).parameters())
                        .distinct())
                .hasSize(20);
    }

    @Test
    void the_self_test_passes_over_sixty_variants() {
        assertThat(new VariantSelfTest().run(EXERCISE, Map.of(), 0, 60).failures())
                .isEmpty();
    }
}
