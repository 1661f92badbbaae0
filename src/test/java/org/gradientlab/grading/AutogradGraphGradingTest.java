package org.gradientlab.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.gradientlab.exercises.Note.FUNCTION_NOT_DIFFERENTIATED;
import static org.gradientlab.exercises.Note.MISSING_UPSTREAM_GRADIENT;
import static org.gradientlab.exercises.Note.OVERWROTE_GRADIENT;
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
 * The computation graph of e = ln(ab + a²) (variant 0: a = 2, b = 3, so d = 10, ∂e/∂d = ∂e/∂c = 0.1,
 * ∂e/∂a = 0.3 + 0.4 = 0.7, ∂e/∂b = 0.2): node gradients, the overwritten gradient on fan-out, and the self-test.
 */
class AutogradGraphGradingTest {

    private static final Exercise EXERCISE =
            Catalogue.standard().byId("autograd-graph").orElseThrow();
    private static final Variant V0 = EXERCISE.variant(0);

    private static double value(Variant v, String part) {
        return ((NumberCheck) v.part(part).orElseThrow().check()).value();
    }

    @Test
    void reference_case_s000_autograd_graph_log_gives_the_node_gradients() {
        JsonNode out = ReferenceData.outputs("s000-autograd-graph-log");
        // the engine's graph in double against the manual float64 figures: round-off only
        assertThat(value(V0, "grad-a")).isCloseTo(ReferenceData.number(out.get("de_da_manual")), within(1e-15));
        assertThat(value(V0, "grad-b")).isCloseTo(ReferenceData.number(out.get("de_db_manual")), within(1e-15));
        double d = ReferenceData.number(out.get("d"));
        assertThat(value(V0, "grad-d")).isCloseTo(1 / d, within(1e-15));
        assertThat(value(V0, "grad-c")).isCloseTo(1 / d, within(1e-15));
        // PyTorch's float32 autograd values, typed as printed, are within the four-figure tolerance
        for (String part : List.of("a", "b")) {
            String typed = out.get("de_d" + part + "_autograd").asString();
            assertThat(CatalogueAnswers.grade(V0, "grad-" + part, Answer.text(typed))
                            .verdict())
                    .isEqualTo(CORRECT);
        }
        String e = out.get("e_float64").asString();
        CatalogueAnswers.expect(
                CatalogueAnswers.grade(V0, "grad-d", Answer.text(e)),
                INCORRECT,
                0,
                List.of(FUNCTION_NOT_DIFFERENTIATED));
    }

    static Stream<Arguments> answers() {
        return Stream.of(
                Arguments.of("grad-d", "0.1", CORRECT, List.of()),
                Arguments.of("grad-d", "1/10", CORRECT, List.of()),
                Arguments.of("grad-d", "ln(10)", INCORRECT, List.of(FUNCTION_NOT_DIFFERENTIATED)),
                Arguments.of("grad-d", "1", INCORRECT, List.of()),
                Arguments.of("grad-d", "-0.1", INCORRECT, List.of(SIGN_ERROR)),
                Arguments.of("grad-d", "1/d", INVALID, List.of(UNKNOWN_VARIABLE)),
                Arguments.of("grad-c", "0.1000", CORRECT, List.of()),
                Arguments.of("grad-c", "1", INCORRECT, List.of(MISSING_UPSTREAM_GRADIENT)),
                Arguments.of("grad-a", "0.7", CORRECT, List.of()),
                Arguments.of("grad-a", "3/10 + 4/10", CORRECT, List.of()),
                Arguments.of("grad-a", "0.3", INCORRECT, List.of(OVERWROTE_GRADIENT)),
                Arguments.of("grad-a", "0.4", INCORRECT, List.of(OVERWROTE_GRADIENT)),
                Arguments.of("grad-a", "7", INCORRECT, List.of(MISSING_UPSTREAM_GRADIENT)),
                Arguments.of("grad-a", "0.2", INCORRECT, List.of()),
                Arguments.of("grad-a", "a", INVALID, List.of(UNKNOWN_VARIABLE)),
                Arguments.of("grad-b", "0.2", CORRECT, List.of()),
                Arguments.of("grad-b", "1/5", CORRECT, List.of()),
                Arguments.of("grad-b", "2", INCORRECT, List.of(MISSING_UPSTREAM_GRADIENT)),
                Arguments.of("grad-b", "0.7", INCORRECT, List.of()),
                Arguments.of("grad-b", "", INVALID, List.of()));
    }

    @ParameterizedTest(name = "{0} = \"{1}\" is {2} {3}")
    @MethodSource("answers")
    void node_gradients_are_graded(String part, String answer, Verdict verdict, List<Note> notes) {
        CatalogueAnswers.expect(
                CatalogueAnswers.grade(V0, part, Answer.text(answer)), verdict, verdict == CORRECT ? 1 : 0, notes);
    }

    @Test
    void the_overwritten_gradient_is_explained_and_costs_the_fan_out_part() {
        Feedback f = CatalogueAnswers.submit(V0, "grad-a", Answer.text("0.3"));
        assertThat(f.parts().get("grad-a").messages().getFirst().text()).contains("+=, not =");
        // weights 1, 1, 2, 1: the fan-out node counts double
        assertThat(f.score().getAsDouble()).isCloseTo(3.0 / 5, within(1e-12));
        assertThat(f.verdict()).isEqualTo(Verdict.PARTIALLY_CORRECT);
    }

    @Test
    void when_b_is_squared_b_is_the_fan_out_node() {
        // e = ln(ab + b²) at (2, 3): d = 15, ∂e/∂a = b/d = 1/5, ∂e/∂b = (a + 2b)/d = 8/15 = 2/15 + 6/15
        Variant v = EXERCISE.variant(0, Map.of("squared", "b"));
        assertThat(value(v, "grad-a")).isCloseTo(0.2, within(1e-15));
        assertThat(value(v, "grad-b")).isCloseTo(8.0 / 15, within(1e-15));
        assertThat(v.part("grad-b").orElseThrow().weight()).isEqualTo(2);
        CatalogueAnswers.expect(
                CatalogueAnswers.grade(v, "grad-b", Answer.text("2/15")), INCORRECT, 0, List.of(OVERWROTE_GRADIENT));
        CatalogueAnswers.expect(
                CatalogueAnswers.grade(v, "grad-b", Answer.text("6/15")), INCORRECT, 0, List.of(OVERWROTE_GRADIENT));
    }

    @Test
    void every_variant_agrees_with_the_closed_form() {
        for (int n = 0; n < 60; n++) {
            Variant v = EXERCISE.variant(n);
            double a = Double.parseDouble(v.parameters().get("a"));
            double b = Double.parseDouble(v.parameters().get("b"));
            boolean aSquared = v.parameters().get("squared").equals("a");
            double d = a * b + (aSquared ? a * a : b * b);
            // ∂/∂a and ∂/∂b of ln(ab + a²) or ln(ab + b²), by hand
            double da = aSquared ? (b + 2 * a) / d : b / d;
            double db = aSquared ? a / d : (a + 2 * b) / d;
            assertThat(value(v, "grad-a")).as("variant %d", n).isCloseTo(da, within(1e-14));
            assertThat(value(v, "grad-b")).as("variant %d", n).isCloseTo(db, within(1e-14));
            assertThat(value(v, "grad-d")).as("variant %d", n).isCloseTo(1 / d, within(1e-14));
        }
    }

    @Test
    void unusable_overrides_are_refused_with_keys() {
        assertThat(EXERCISE.validate(Map.of("a", "0")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.UNSUITABLE);
        assertThat(EXERCISE.validate(Map.of("squared", "c")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.UNSUITABLE);
        assertThat(EXERCISE.validate(Map.of("b", "three")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.NOT_A_NUMBER);
        assertThat(EXERCISE.validate(Map.of("a", "1.5", "b", "0.5"))).isEmpty();
    }

    @Test
    void variants_are_deterministic_and_vary() {
        assertThat(EXERCISE.variant(9)).isEqualTo(EXERCISE.variant(9));
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
