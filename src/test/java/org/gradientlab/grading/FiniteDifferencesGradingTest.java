package org.gradientlab.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.gradientlab.exercises.Note.CONSTANT_FACTOR;
import static org.gradientlab.exercises.Note.FUNCTION_NOT_DIFFERENTIATED;
import static org.gradientlab.exercises.Note.SIGN_ERROR;
import static org.gradientlab.exercises.Note.UNKNOWN_VARIABLE;
import static org.gradientlab.exercises.Note.WRONG_DIFFERENCE_SCHEME;
import static org.gradientlab.grading.Verdict.CORRECT;
import static org.gradientlab.grading.Verdict.INCORRECT;
import static org.gradientlab.grading.Verdict.INVALID;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.LogScaleCheck;
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
 * Finite differences (variant 0: x³ − 2x + 1 at 1.5 with h = 0.1, so forward 5.21, backward 4.31, central 4.76,
 * f'(1.5) = 4.75; the best central step near ∛ε ≈ 6e-6, judged within a factor of 10 on a log scale).
 */
class FiniteDifferencesGradingTest {

    private static final Exercise EXERCISE =
            Catalogue.standard().byId("finite-differences").orElseThrow();
    private static final Variant V0 = EXERCISE.variant(0);

    private static double value(Variant v, String part) {
        return ((NumberCheck) v.part(part).orElseThrow().check()).value();
    }

    @Test
    void reference_case_s000_fd_table_cubic_gives_the_variant_zero_answers() {
        JsonNode out = ReferenceData.outputs("s000-fd-table-cubic");
        JsonNode row = out.get("rows").get(1);
        assertThat(ReferenceData.number(row.get("h"))).isEqualTo(0.1);
        // the same quotients in double: README tolerance 1e-9 relative
        assertThat(value(V0, "forward")).isCloseTo(ReferenceData.number(row.get("forward")), within(1e-8));
        assertThat(value(V0, "central")).isCloseTo(ReferenceData.number(row.get("central")), within(1e-8));
        assertThat(value(V0, "exact")).isEqualTo(ReferenceData.number(out.get("exact_derivative")));
    }

    static Stream<Arguments> answers() {
        return Stream.of(
                Arguments.of("forward", "5.21", CORRECT, List.of()),
                Arguments.of("forward", "5.210", CORRECT, List.of()),
                Arguments.of("forward", "(1.6^3 - 2*1.6 + 1 - 1.375)/0.1", CORRECT, List.of()),
                Arguments.of("forward", "4.76", INCORRECT, List.of(WRONG_DIFFERENCE_SCHEME)),
                Arguments.of("forward", "4.31", INCORRECT, List.of(WRONG_DIFFERENCE_SCHEME)),
                Arguments.of("forward", "0.521", INCORRECT, List.of(CONSTANT_FACTOR)),
                Arguments.of("forward", "4.75", INCORRECT, List.of()),
                Arguments.of("forward", "-5.21", INCORRECT, List.of(SIGN_ERROR)),
                Arguments.of("forward", "(5.21 - 1.375)/", INVALID, List.of()),
                Arguments.of("central", "4.76", CORRECT, List.of()),
                Arguments.of("central", "(5.21*0.1 + 4.31*0.1)/0.2", CORRECT, List.of()),
                Arguments.of("central", "9.52", INCORRECT, List.of(CONSTANT_FACTOR)),
                Arguments.of("central", "5.21", INCORRECT, List.of(WRONG_DIFFERENCE_SCHEME)),
                Arguments.of("central", "4.75", INCORRECT, List.of()),
                Arguments.of("central", "h", INVALID, List.of(UNKNOWN_VARIABLE)),
                Arguments.of("exact", "4.75", CORRECT, List.of()),
                Arguments.of("exact", "3*1.5^2 - 2", CORRECT, List.of()),
                Arguments.of("exact", "1.375", INCORRECT, List.of(FUNCTION_NOT_DIFFERENTIATED)),
                Arguments.of("exact", "4.76", INCORRECT, List.of()),
                Arguments.of("exact", "3x^2 - 2", INVALID, List.of(UNKNOWN_VARIABLE)),
                Arguments.of("best-step", "6e-6", CORRECT, List.of()),
                Arguments.of("best-step", "5e-6", CORRECT, List.of()),
                Arguments.of("best-step", "1e-5", CORRECT, List.of()),
                Arguments.of("best-step", "0.000004", CORRECT, List.of()),
                Arguments.of("best-step", "10^(-5.5)", CORRECT, List.of()),
                Arguments.of("best-step", "1e-8", INCORRECT, List.of(WRONG_DIFFERENCE_SCHEME)),
                Arguments.of("best-step", "sqrt(2.2e-16)", INCORRECT, List.of(WRONG_DIFFERENCE_SCHEME)),
                Arguments.of("best-step", "1e-12", INCORRECT, List.of()),
                Arguments.of("best-step", "0.1", INCORRECT, List.of()),
                Arguments.of("best-step", "-1e-5", INCORRECT, List.of()),
                Arguments.of("best-step", "0", INCORRECT, List.of()),
                Arguments.of("best-step", "1e-", INVALID, List.of()),
                Arguments.of("best-step", "h", INVALID, List.of(UNKNOWN_VARIABLE)));
    }

    @ParameterizedTest(name = "{0} = \"{1}\" is {2} {3}")
    @MethodSource("answers")
    void typed_answers_are_graded(String part, String answer, Verdict verdict, List<Note> notes) {
        CatalogueAnswers.expect(
                CatalogueAnswers.grade(V0, part, Answer.text(answer)), verdict, verdict == CORRECT ? 1 : 0, notes);
    }

    @Test
    void the_best_step_is_the_empirical_minimum_near_the_cube_root_of_epsilon() {
        LogScaleCheck check = (LogScaleCheck) V0.part("best-step").orElseThrow().check();
        // theory: the minimum of h²|f'''|/6 + ε|f|/h lies near ∛ε ≈ 6e-6; the brief's figure is ≈ 5e-6
        assertThat(check.close(Math.cbrt(Math.ulp(1.0)), check.value())).isTrue();
        assertThat(check.factor()).isEqualTo(10);
    }

    @Test
    void a_wrong_step_says_how_far_off_it_is() {
        assertThat(CatalogueAnswers.grade(V0, "best-step", Answer.text("1e-12")).messages())
                .extracting(Message::key)
                .containsExactly(MessageKey.TOO_SMALL_BY);
        assertThat(CatalogueAnswers.grade(V0, "best-step", Answer.text("0.1")).messages())
                .extracting(Message::key)
                .containsExactly(MessageKey.TOO_LARGE_BY);
        assertThat(CatalogueAnswers.grade(V0, "best-step", Answer.text("-1e-5")).messages())
                .extracting(Message::key)
                .containsExactly(MessageKey.NOT_POSITIVE);
        assertThat(CatalogueAnswers.grade(V0, "best-step", Answer.text("1e-8")).messages())
                .extracting(Message::key)
                .containsExactly(MessageKey.KNOWN_MISTAKE);
    }

    @Test
    void instructor_function_point_and_step_are_used() {
        Variant v = EXERCISE.variant(4, Map.of("function", "sin(x)", "point", "1", "step", "0.1"));
        // d/dx sin x = cos x
        assertThat(value(v, "exact")).isCloseTo(Math.cos(1), within(1e-15));
        // (sin 1.1 − sin 1)/0.1 and (sin 1.1 − sin 0.9)/0.2, evaluated here directly
        assertThat(value(v, "forward")).isCloseTo((Math.sin(1.1) - Math.sin(1)) / 0.1, within(1e-12));
        assertThat(value(v, "central")).isCloseTo((Math.sin(1.1) - Math.sin(0.9)) / 0.2, within(1e-12));
        assertThat(v.parameters()).containsEntry("function", "sin(x)").containsEntry("step", "0.1");
    }

    @Test
    void unusable_overrides_are_refused_with_keys() {
        assertThat(EXERCISE.validate(Map.of("function", "2*x + 1")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.UNSUITABLE);
        assertThat(EXERCISE.validate(Map.of("function", "x^")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.NOT_AN_EXPRESSION);
        assertThat(EXERCISE.validate(Map.of("step", "1")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.OUT_OF_RANGE);
        assertThat(EXERCISE.validate(Map.of("function", "ln(x)", "point", "-1")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.UNSUITABLE);
        assertThat(EXERCISE.validate(Map.of("function", "exp(x)", "point", "0.5", "step", "0.2")))
                .isEmpty();
    }

    @Test
    void variants_are_deterministic_and_vary() {
        assertThat(EXERCISE.variant(13)).isEqualTo(EXERCISE.variant(13));
        assertThat(Stream.iterate(1, n -> n + 1)
                        .limit(20)
                        .map(n -> EXERCISE.variant(n).parameters())
                        .distinct())
                .hasSizeGreaterThan(8);
    }

    @Test
    void the_self_test_passes_over_sixty_variants() {
        assertThat(new VariantSelfTest().run(EXERCISE, Map.of(), 0, 60).failures())
                .isEmpty();
    }
}
