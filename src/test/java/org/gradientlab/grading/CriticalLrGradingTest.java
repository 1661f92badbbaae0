package org.gradientlab.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.gradientlab.exercises.Note.CONSTANT_FACTOR;
import static org.gradientlab.exercises.Note.ONE_OVER_LAMBDA;
import static org.gradientlab.exercises.Note.UNKNOWN_VARIABLE;
import static org.gradientlab.exercises.Note.WRONG_ENTRY;
import static org.gradientlab.grading.Verdict.CORRECT;
import static org.gradientlab.grading.Verdict.INCORRECT;
import static org.gradientlab.grading.Verdict.INVALID;
import static org.gradientlab.grading.Verdict.PARTIALLY_CORRECT;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.gradientlab.engine.autodiff.CompiledFunction;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.Variables;
import org.gradientlab.engine.optim.OptimizerSpec;
import org.gradientlab.engine.optim.Outcome;
import org.gradientlab.engine.optim.Runner;
import org.gradientlab.engine.optim.StopRule;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.DivergenceThresholdCheck;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.ParameterProblem;
import org.gradientlab.exercises.UnorderedNumbersCheck;
import org.gradientlab.exercises.Variant;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.gradientlab.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The critical learning rate (variant 0: f = 3x1² + 0.5x2², Hessian eigenvalues 6 and 1, threshold 2/6 = 1/3, not
 * the 1/6 of the course material): eigenvalues typed in any order, the threshold graded by running gradient descent
 * at 0.98·α and 1.02·α, and the meaning of 1/λmax.
 */
class CriticalLrGradingTest {

    private static final Exercise EXERCISE =
            Catalogue.standard().byId("critical-lr").orElseThrow();
    private static final Variant V0 = EXERCISE.variant(0);

    private static DivergenceThresholdCheck threshold(Variant v) {
        return (DivergenceThresholdCheck) v.part("threshold").orElseThrow().check();
    }

    @Test
    void reference_case_s000_critical_lr_gives_the_eigenvalues_and_the_threshold() {
        JsonNode out = ReferenceData.outputs("s000-critical-lr");
        UnorderedNumbersCheck eigen =
                (UnorderedNumbersCheck) V0.part("eigenvalues").orElseThrow().check();
        // exact Hessian of a quadratic and a 2×2 diagonal eigenproblem: exact up to round-off
        assertThat(eigen.values().stream().sorted().toList())
                .containsExactly(
                        ReferenceData.vector(out.get("hessian_eigenvalues"))[1],
                        ReferenceData.vector(out.get("hessian_eigenvalues"))[0]);
        assertThat(threshold(V0).threshold())
                .isCloseTo(ReferenceData.number(out.get("true_divergence_threshold")), within(1e-15));
        assertThat(threshold(V0).mistakes()).singleElement().satisfies(m -> {
            assertThat(m.value()).isCloseTo(ReferenceData.number(out.get("alpha_theory_seed")), within(1e-15));
            assertThat(m.note()).isEqualTo(ONE_OVER_LAMBDA);
        });
        assertThat(threshold(V0).start())
                .containsExactly(
                        ReferenceData.vector(
                                ReferenceData.inputs("s000-critical-lr").get("x0"))[0],
                        ReferenceData.vector(
                                ReferenceData.inputs("s000-critical-lr").get("x0"))[1]);
    }

    @Test
    void reference_case_s000_critical_lr_test_alphas_are_judged_like_the_course_runs() {
        JsonNode tests = ReferenceData.outputs("s000-critical-lr").get("test_alphas");
        // the course's five rates are all far from 1/3: none of them is the threshold, and the messages point the way
        for (String alpha : List.of("0.05", "0.1", "0.15", "0.2", "0.35")) {
            PartFeedback f = CatalogueAnswers.grade(V0, "threshold", Answer.text(alpha));
            assertThat(f.verdict()).isEqualTo(INCORRECT);
            MessageKey direction = tests.get(alpha).get("diverges").asBoolean()
                    ? MessageKey.THRESHOLD_LOWER
                    : MessageKey.THRESHOLD_HIGHER;
            assertThat(f.messages()).extracting(Message::key).contains(direction);
        }
        // the sweep's first rate at which |x1| grows lies within 1% of 1/3
        String onset = ReferenceData.outputs("s000-critical-lr")
                .get("fine_sweeps")
                .get("step_0.0001_from_0.3300_to_0.3400")
                .get("smallest_alpha_abs_x1_grows")
                .asString();
        assertThat(CatalogueAnswers.grade(V0, "threshold", Answer.text(onset)).verdict())
                .isEqualTo(CORRECT);
    }

    static Stream<Arguments> thresholds() {
        return Stream.of(
                Arguments.of("1/3", CORRECT, List.of()),
                Arguments.of("0.3333", CORRECT, List.of()),
                Arguments.of("2/6", CORRECT, List.of()),
                Arguments.of("0.336", CORRECT, List.of()),
                // 1.7% above 1/3: outside 1%, but 0.98·α still converges and 1.02·α diverges
                Arguments.of("0.339", CORRECT, List.of()),
                // 1.6% below: 1.02·α = 0.3346 > 1/3 diverges within the budget
                Arguments.of("0.328", CORRECT, List.of()),
                Arguments.of("0.342", INCORRECT, List.of()),
                Arguments.of("0.325", INCORRECT, List.of()),
                Arguments.of("0.3", INCORRECT, List.of()),
                Arguments.of("1/6", INCORRECT, List.of(ONE_OVER_LAMBDA)),
                Arguments.of("0.1667", INCORRECT, List.of(ONE_OVER_LAMBDA)),
                Arguments.of("2", INCORRECT, List.of()),
                Arguments.of("1e-6", INCORRECT, List.of()),
                Arguments.of("1e300", INCORRECT, List.of()),
                Arguments.of("-1/3", INCORRECT, List.of()),
                Arguments.of("0", INCORRECT, List.of()),
                Arguments.of("alpha", INVALID, List.of(UNKNOWN_VARIABLE)),
                Arguments.of("1/0", INVALID, List.of()),
                Arguments.of("", INVALID, List.of()));
    }

    @ParameterizedTest(name = "α = \"{0}\" is {1} {2}")
    @MethodSource("thresholds")
    void the_threshold_is_graded_by_simulation(String answer, Verdict verdict, List<Note> notes) {
        CatalogueAnswers.expect(
                CatalogueAnswers.grade(V0, "threshold", Answer.text(answer)),
                verdict,
                verdict == CORRECT ? 1 : 0,
                notes);
    }

    @Test
    void the_messages_report_both_runs_and_the_way_to_go() {
        assertThat(CatalogueAnswers.grade(V0, "threshold", Answer.text("0.3")).messages())
                .extracting(Message::key)
                .containsExactly(MessageKey.RUN_CONVERGED, MessageKey.RUN_CONVERGED, MessageKey.THRESHOLD_HIGHER);
        assertThat(CatalogueAnswers.grade(V0, "threshold", Answer.text("0.35")).messages())
                .extracting(Message::key)
                .containsExactly(MessageKey.RUN_DIVERGED, MessageKey.RUN_DIVERGED, MessageKey.THRESHOLD_LOWER);
        assertThat(CatalogueAnswers.grade(V0, "threshold", Answer.text("1/3")).messages())
                .extracting(Message::key)
                .containsExactly(MessageKey.THRESHOLD_CONFIRMED, MessageKey.RUN_CONVERGED, MessageKey.RUN_DIVERGED);
        assertThat(CatalogueAnswers.grade(V0, "threshold", Answer.text("1/6")).messages())
                .extracting(Message::key)
                .startsWith(MessageKey.ONE_OVER_LAMBDA)
                .endsWith(MessageKey.THRESHOLD_HIGHER);
        assertThat(CatalogueAnswers.grade(V0, "threshold", Answer.text("-1")).messages())
                .extracting(Message::key)
                .containsExactly(MessageKey.NOT_POSITIVE);
    }

    static Stream<Arguments> eigenvalues() {
        return Stream.of(
                Arguments.of(List.of("6", "1"), CORRECT, 1.0, List.of()),
                Arguments.of(List.of("1", "6"), CORRECT, 1.0, List.of()),
                Arguments.of(List.of("2*3", "sqrt(1)"), CORRECT, 1.0, List.of()),
                Arguments.of(List.of("6.000", " 1 "), CORRECT, 1.0, List.of()),
                Arguments.of(List.of("3", "0.5"), INCORRECT, 0.0, List.of(CONSTANT_FACTOR)),
                Arguments.of(List.of("0.5", "3"), INCORRECT, 0.0, List.of(CONSTANT_FACTOR)),
                Arguments.of(List.of("6"), PARTIALLY_CORRECT, 0.5, List.of(WRONG_ENTRY)),
                Arguments.of(List.of("6", "2"), PARTIALLY_CORRECT, 0.5, List.of(WRONG_ENTRY)),
                Arguments.of(List.of("6", "6"), PARTIALLY_CORRECT, 0.5, List.of(WRONG_ENTRY)),
                Arguments.of(List.of("6", "1", "0"), PARTIALLY_CORRECT, 2.0 / 3, List.of(WRONG_ENTRY)),
                Arguments.of(List.of(), INCORRECT, 0.0, List.of(WRONG_ENTRY)),
                Arguments.of(List.of("6", ""), INVALID, 0.0, List.of()),
                Arguments.of(List.of("x1", "1"), INVALID, 0.0, List.of(UNKNOWN_VARIABLE)));
    }

    @ParameterizedTest(name = "eigenvalues {0} are {1} ({2}) {3}")
    @MethodSource("eigenvalues")
    void eigenvalues_are_matched_in_any_order(List<String> typed, Verdict verdict, double score, List<Note> notes) {
        CatalogueAnswers.expect(
                CatalogueAnswers.grade(V0, "eigenvalues", Answer.entries(typed.toArray(String[]::new))),
                verdict,
                score,
                notes);
    }

    @Test
    void the_eigenvalue_mask_follows_the_typed_order() {
        assertThat(CatalogueAnswers.grade(V0, "eigenvalues", Answer.entries("2", "6"))
                        .mask()
                        .orElseThrow()
                        .asList())
                .isEqualTo(List.of(false, true));
    }

    @Test
    void one_over_lambda_max_is_the_fastest_step_without_oscillation() {
        CatalogueAnswers.expect(
                CatalogueAnswers.grade(V0, "one-over-lambda-max", Answer.text("fastest-without-oscillation")),
                CORRECT,
                1,
                List.of());
        CatalogueAnswers.expect(
                CatalogueAnswers.grade(V0, "one-over-lambda-max", Answer.text("diverges")),
                INCORRECT,
                0,
                List.of(ONE_OVER_LAMBDA));
        CatalogueAnswers.expect(
                CatalogueAnswers.grade(V0, "one-over-lambda-max", Answer.text("oscillates-forever")),
                INCORRECT,
                0,
                List.of());
        CatalogueAnswers.expect(
                CatalogueAnswers.grade(V0, "one-over-lambda-max", Answer.text("converges")), INVALID, 0, List.of());
    }

    @Test
    void every_variant_has_the_eigenvalues_of_its_own_hessian_and_a_start_that_shows_the_bound() {
        for (int n = 0; n < 60; n++) {
            Variant v = EXERCISE.variant(n);
            double[] k = Arrays.stream(v.parameters().get("coefficients").split(","))
                    .mapToDouble(s -> Double.parseDouble(s.strip()))
                    .toArray();
            // H = [[2a, b], [b, 2c]]: λ = (a + c) ± √((a − c)² + b²), computed here by the quadratic formula
            double root = Math.sqrt((k[0] - k[2]) * (k[0] - k[2]) + k[1] * k[1]);
            double max = k[0] + k[2] + root;
            double min = k[0] + k[2] - root;
            UnorderedNumbersCheck eigen =
                    (UnorderedNumbersCheck) v.part("eigenvalues").orElseThrow().check();
            // the Jacobi iteration converges to round-off on a 2×2 matrix
            assertThat(eigen.values().stream()
                            .sorted()
                            .mapToDouble(Double::doubleValue)
                            .toArray())
                    .as("variant %d", n)
                    .containsExactly(new double[] {min, max}, within(1e-12 * max));
            DivergenceThresholdCheck t = threshold(v);
            assertThat(t.threshold()).as("variant %d", n).isCloseTo(2 / max, within(1e-12));
            CompiledFunction f = CompiledFunction.compile(
                    Expression.parse(t.function(), new Variables(t.variables())).tree(), t.variables());
            double[] start = t.start().stream().mapToDouble(Double::doubleValue).toArray();
            // simulation: the model answer's neighbours behave as the theory says, and 1/λmax converges
            assertThat(run(f, start, 0.98 * t.threshold())).as("variant %d", n).isEqualTo(Outcome.CONVERGED);
            assertThat(run(f, start, 1.02 * t.threshold())).as("variant %d", n).isEqualTo(Outcome.DIVERGED);
            assertThat(run(f, start, 1 / max)).as("variant %d", n).isEqualTo(Outcome.CONVERGED);
        }
    }

    private static Outcome run(CompiledFunction f, double[] start, double alpha) {
        return Runner.run(
                        OptimizerSpec.gradientDescent(alpha).create(),
                        f,
                        start,
                        StopRule.steps(10_000),
                        OptionalDouble.of(0))
                .outcome();
    }

    @Test
    void the_ravine_of_the_learning_rate_race_has_threshold_one_tenth() {
        // DESIGN §6: x1² + 10x2² has Hessian eigenvalues 2 and 20, so α* = 0.1 (not 0.05)
        Variant v = EXERCISE.variant(3, Map.of("coefficients", "1, 0, 10", "start", "3, 2"));
        assertThat(threshold(v).threshold()).isCloseTo(0.1, within(1e-15));
        CatalogueAnswers.expect(CatalogueAnswers.grade(v, "threshold", Answer.text("0.1")), CORRECT, 1, List.of());
        CatalogueAnswers.expect(
                CatalogueAnswers.grade(v, "threshold", Answer.text("0.05")), INCORRECT, 0, List.of(ONE_OVER_LAMBDA));
    }

    @Test
    void unusable_overrides_are_refused_with_keys() {
        // [[2, 3], [3, 2]] has eigenvalues 5 and −1
        assertThat(EXERCISE.validate(Map.of("coefficients", "1, 3, 1")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.UNSUITABLE);
        // (1, 0) is an eigenvector of diag(6, 1): it has no component along the other one
        assertThat(EXERCISE.validate(Map.of("start", "1, 0")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.UNSUITABLE);
        assertThat(EXERCISE.validate(Map.of("coefficients", "1, 2")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.WRONG_DIMENSION);
        assertThat(EXERCISE.validate(Map.of("coefficients", "2, 1, 1", "start", "1, 2")))
                .isEmpty();
    }

    @Test
    void variants_are_deterministic_and_vary() {
        assertThat(EXERCISE.variant(11)).isEqualTo(EXERCISE.variant(11));
        assertThat(Stream.iterate(1, n -> n + 1)
                        .limit(30)
                        .map(n -> EXERCISE.variant(n).parameters().get("coefficients"))
                        .distinct())
                .hasSizeGreaterThan(10);
        assertThat(Stream.iterate(1, n -> n + 1).limit(30).filter(n -> !EXERCISE.variant(n)
                        .parameters()
                        .get("coefficients")
                        .contains(", 0,")))
                .isNotEmpty();
    }

    @Test
    void the_self_test_passes_over_sixty_variants() {
        assertThat(new VariantSelfTest().run(EXERCISE, Map.of(), 0, 60).failures())
                .isEmpty();
    }
}
