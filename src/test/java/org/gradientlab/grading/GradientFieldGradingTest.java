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
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.Variables;
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

/** The gradient field (variant 0: f = x1² + 2x2² at (1, −1), ∇f = (2, −4), −∇f = (−2, 4)). */
class GradientFieldGradingTest {

    private static final Exercise EXERCISE =
            Catalogue.standard().byId("gradient-field").orElseThrow();
    private static final Variant V0 = EXERCISE.variant(0);

    private static double[] reference(Variant v, String part) {
        VectorCheck c = (VectorCheck) v.part(part).orElseThrow().check();
        return VectorGrader.evaluate(c.entries(), c.point());
    }

    @Test
    void reference_case_s000_gradient_field_f2d_gives_the_gradient_and_the_arrows() {
        JsonNode out = ReferenceData.outputs("s000-gradient-field-f2d");
        // exact derivatives of a polynomial at integers: no rounding at all
        assertThat(reference(V0, "gradient")).containsExactly(ReferenceData.vector(out.get("grad_at_(1,-1)")));
        double[] axis = ReferenceData.vector(
                ReferenceData.inputs("s000-gradient-field-f2d").get("grid_axis"));
        double[] u = ReferenceData.vector(out.get("U_axis_values(2*gc)"));
        double[] v = ReferenceData.vector(out.get("V_axis_values(4*gc)"));
        for (int i = 0; i < axis.length; i++) {
            if (axis[i] == 0) {
                continue; // the gradient vanishes at the origin, which the exercise refuses as a point
            }
            Variant at = EXERCISE.variant(0, Map.of("point", axis[i] + ", " + axis[i]));
            assertThat(reference(at, "gradient"))
                    .as("arrow at (%s, %s)", axis[i], axis[i])
                    .containsExactly(u[i], v[i]);
        }
    }

    static Stream<Arguments> answers() {
        return Stream.of(
                Arguments.of("gradient", List.of("2", "-4"), CORRECT, 1.0, List.of()),
                Arguments.of("gradient", List.of("2*x1", "4*x2"), CORRECT, 1.0, List.of()),
                Arguments.of("gradient", List.of("2x1", "−4"), CORRECT, 1.0, List.of()),
                Arguments.of("gradient", List.of("-4", "2"), INCORRECT, 0.0, List.of(WRONG_ENTRY)),
                Arguments.of("gradient", List.of("-2", "4"), INCORRECT, 0.0, List.of(WRONG_ENTRY)),
                Arguments.of("gradient", List.of("2", "4"), PARTIALLY_CORRECT, 0.5, List.of(WRONG_ENTRY)),
                Arguments.of("gradient", List.of("2"), PARTIALLY_CORRECT, 0.5, List.of(WRONG_ENTRY)),
                Arguments.of("gradient", List.of("2", ""), INVALID, 0.0, List.of()),
                Arguments.of("gradient", List.of("x3", "-4"), INVALID, 0.0, List.of(UNKNOWN_VARIABLE)),
                Arguments.of("steepest-descent", List.of("-2", "4"), CORRECT, 1.0, List.of()),
                Arguments.of("steepest-descent", List.of("-2*x1", "-4*x2"), CORRECT, 1.0, List.of()),
                Arguments.of("steepest-descent", List.of("2", "-4"), INCORRECT, 0.0, List.of(WRONG_ENTRY)),
                Arguments.of(
                        "steepest-descent", List.of("-1/sqrt(5)", "2/sqrt(5)"), INCORRECT, 0.0, List.of(WRONG_ENTRY)));
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
    void every_variant_gradient_matches_central_differences() {
        for (int n = 0; n < 60; n++) {
            Variant v = EXERCISE.variant(n);
            ToDoubleFunction<double[]> f = Expression.parse(v.parameters().get("function"), Variables.of("x1", "x2"))
                    .compile();
            double[] p = Arrays.stream(v.parameters().get("point").split(","))
                    .mapToDouble(s -> Double.parseDouble(s.strip()))
                    .toArray();
            double h = 1e-5;
            double[] g = reference(v, "gradient");
            for (int i = 0; i < 2; i++) {
                double[] up = p.clone();
                double[] down = p.clone();
                up[i] += h;
                down[i] -= h;
                double central = (f.applyAsDouble(up) - f.applyAsDouble(down)) / (2 * h);
                // central difference with h = 1e-5: truncation ~1e-10·f''', round-off ~1e-11 on these functions
                assertThat(g[i])
                        .as("variant %d, entry %d", n, i)
                        .isCloseTo(central, within(1e-6 * (1 + Math.abs(g[i]))));
            }
            assertThat(reference(v, "steepest-descent")).containsExactly(new double[] {-g[0], -g[1]}, within(0.0));
        }
    }

    @Test
    void unusable_overrides_are_refused_with_keys() {
        assertThat(EXERCISE.validate(Map.of("point", "0, 0")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.UNSUITABLE);
        assertThat(EXERCISE.validate(Map.of("function", "x1^")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.NOT_AN_EXPRESSION);
        assertThat(EXERCISE.validate(Map.of("point", "1")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.WRONG_DIMENSION);
        assertThat(EXERCISE.validate(Map.of("function", "x1*x2", "point", "2, 3")))
                .isEmpty();
    }

    @Test
    void variants_are_deterministic_and_vary() {
        assertThat(EXERCISE.variant(21)).isEqualTo(EXERCISE.variant(21));
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
