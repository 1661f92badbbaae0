package org.gradientlab.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.gradientlab.exercises.Note.LOCAL_MINIMUM_AS_GLOBAL;
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
 * Local minima and momentum (variant 0: 0.1x⁴ − 3x² + x from −3, α = 0.1, EMA momentum β = 0.9, 20 steps; global
 * minimum −3.954, local maximum 0.167, local minimum 3.787; GD ends at −3.954, momentum at −3.737, and momentum
 * settles in the global minimum).
 */
class LocalMinimaGradingTest {

    private static final Exercise EXERCISE =
            Catalogue.standard().byId("local-minima").orElseThrow();
    private static final Variant V0 = EXERCISE.variant(0);

    private static double value(Variant v, String part) {
        return ((NumberCheck) v.part(part).orElseThrow().check()).value();
    }

    @Test
    void reference_case_s003_local_min_escape_gives_the_points_and_the_end_points() {
        JsonNode out = ReferenceData.outputs("s003-local-min-escape");
        double[] critical = ReferenceData.vector(out.get("critical_points"));
        // Newton's method on the same cubic: agreement to a few ulps
        assertThat(value(V0, "global-minimum")).isCloseTo(critical[0], within(1e-12));
        assertThat(value(V0, "local-maximum")).isCloseTo(critical[1], within(1e-12));
        assertThat(value(V0, "local-minimum")).isCloseTo(critical[2], within(1e-12));
        // 20 updates of the same rules: README tolerance 1e-9 relative
        double sgd = ReferenceData.number(out.get("sgd_final_x"));
        double momentum = ReferenceData.number(out.get("momentum_final_x"));
        assertThat(value(V0, "gd-end")).isCloseTo(sgd, within(1e-9 * Math.abs(sgd)));
        assertThat(value(V0, "momentum-end")).isCloseTo(momentum, within(1e-9 * Math.abs(momentum)));
    }

    static Stream<Arguments> answers() {
        return Stream.of(
                Arguments.of("global-minimum", "-3.954", CORRECT, List.of()),
                Arguments.of("global-minimum", "-3.95", CORRECT, List.of()),
                Arguments.of("global-minimum", "3.787", INCORRECT, List.of(LOCAL_MINIMUM_AS_GLOBAL)),
                Arguments.of("global-minimum", "2", INCORRECT, List.of()),
                Arguments.of("global-minimum", "-2", INCORRECT, List.of()),
                Arguments.of("global-minimum", "3.954", INCORRECT, List.of(SIGN_ERROR)),
                Arguments.of("global-minimum", "x", INVALID, List.of(UNKNOWN_VARIABLE)),
                Arguments.of("local-maximum", "0.167", CORRECT, List.of()),
                Arguments.of("local-maximum", "1/6", CORRECT, List.of()),
                Arguments.of("local-maximum", "0", INCORRECT, List.of()),
                Arguments.of("local-minimum", "3.79", CORRECT, List.of()),
                Arguments.of("local-minimum", "-3.954", INCORRECT, List.of()),
                Arguments.of("gd-end", "-3.954", CORRECT, List.of()),
                Arguments.of("gd-end", "-3", INCORRECT, List.of()),
                Arguments.of("gd-end", "3.787", INCORRECT, List.of()),
                Arguments.of("gd-end", "-3.9*", INVALID, List.of()),
                // e is the constant: -3.9e reads as -3.9·e
                Arguments.of("gd-end", "-3.9e", INCORRECT, List.of()),
                Arguments.of("momentum-end", "-3.737", CORRECT, List.of()),
                Arguments.of("momentum-end", "-3.74", CORRECT, List.of()),
                Arguments.of("momentum-end", "-3.954", INCORRECT, List.of()),
                Arguments.of("momentum-end", "-3.6", INCORRECT, List.of()),
                Arguments.of("momentum-settles", "global-minimum", CORRECT, List.of()),
                Arguments.of("momentum-settles", "local-minimum", INCORRECT, List.of()),
                Arguments.of("momentum-settles", "escapes", INVALID, List.of()));
    }

    @ParameterizedTest(name = "{0} = \"{1}\" is {2} {3}")
    @MethodSource("answers")
    void typed_answers_are_graded(String part, String answer, Verdict verdict, List<Note> notes) {
        CatalogueAnswers.expect(
                CatalogueAnswers.grade(V0, part, Answer.text(answer)), verdict, verdict == CORRECT ? 1 : 0, notes);
    }

    @Test
    void a_run_from_the_right_basin_settles_in_the_local_minimum() {
        Variant v =
                EXERCISE.variant(0, Map.of("start", "3", "learning-rate", "0.02", "momentum", "0.5", "steps", "20"));
        CatalogueAnswers.expect(
                CatalogueAnswers.grade(v, "momentum-settles", Answer.text("local-minimum")), CORRECT, 1, List.of());
        CatalogueAnswers.expect(
                CatalogueAnswers.grade(v, "momentum-settles", Answer.text("global-minimum")),
                INCORRECT,
                0,
                List.of(LOCAL_MINIMUM_AS_GLOBAL));
    }

    @Test
    void the_explanation_corrects_the_course_material_and_states_the_momentum_form() {
        assertThat(V0.explanation())
                .contains("local minimum at $x = -2$")
                .contains("Neither is even a stationary point")
                .contains("v \\leftarrow \\beta v + (1 - \\beta)\\,\\nabla f(x)");
    }

    @Test
    void every_double_well_variant_matches_the_update_rules_run_here() {
        for (int n = 0; n < 60; n++) {
            Variant v = EXERCISE.variant(n);
            boolean steep = v.parameters().get("landscape").equals("steep-double-well");
            double x0 = Double.parseDouble(v.parameters().get("start"));
            double alpha = Double.parseDouble(v.parameters().get("learning-rate"));
            double beta = Double.parseDouble(v.parameters().get("momentum"));
            int steps = Integer.parseInt(v.parameters().get("steps"));
            double gd = x0;
            double x = x0;
            double velocity = 0;
            for (int k = 0; k < steps; k++) {
                gd -= alpha * slope(steep, gd);
                velocity = beta * velocity + (1 - beta) * slope(steep, x);
                x -= alpha * velocity;
            }
            // the same rules in another order of operations: rounding differences only, over at most 50 steps
            assertThat(value(v, "gd-end")).as("variant %d", n).isCloseTo(gd, within(1e-9 * (1 + Math.abs(gd))));
            assertThat(value(v, "momentum-end")).as("variant %d", n).isCloseTo(x, within(1e-9 * (1 + Math.abs(x))));
        }
    }

    /** f' of 0.1x⁴ − 3x² + x or of x⁴ − 4x² + 2x. */
    private static double slope(boolean steep, double x) {
        return steep ? 4 * x * x * x - 8 * x + 2 : 0.4 * x * x * x - 6 * x + 1;
    }

    @Test
    void unusable_overrides_are_refused_with_keys() {
        assertThat(EXERCISE.validate(Map.of("landscape", "rosenbrock")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.UNSUITABLE);
        assertThat(EXERCISE.validate(Map.of("momentum", "1")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.OUT_OF_RANGE);
        assertThat(EXERCISE.validate(Map.of("steps", "2.5")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.NOT_A_NUMBER);
        assertThat(EXERCISE.validate(Map.of("start", "0.2", "learning-rate", "0.1", "momentum", "0.9", "steps", "20")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.UNSUITABLE);
        assertThat(EXERCISE.validate(Map.of("landscape", "steep-double-well", "start", "1")))
                .isEmpty();
    }

    @Test
    void variants_are_deterministic_and_vary() {
        assertThat(EXERCISE.variant(19)).isEqualTo(EXERCISE.variant(19));
        assertThat(Stream.iterate(1, n -> n + 1)
                        .limit(20)
                        .map(n -> EXERCISE.variant(n).parameters())
                        .distinct())
                .hasSizeGreaterThan(15);
        assertThat(Stream.iterate(1, n -> n + 1)
                        .limit(40)
                        .map(n -> EXERCISE.variant(n).modelAnswers().get("momentum-settles"))
                        .distinct())
                .hasSize(2);
    }

    @Test
    void the_self_test_passes_over_sixty_variants() {
        assertThat(new VariantSelfTest().run(EXERCISE, Map.of(), 0, 60).failures())
                .isEmpty();
    }
}
