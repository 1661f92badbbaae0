package org.gradientlab.exercises.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.gradientlab.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The engine's difference quotients behind the finite-differences exercise, against the course's table. */
class DifferenceCaseTest {

    @Test
    void reference_case_s000_fd_table_cubic_rows_are_reproduced() {
        JsonNode inputs = ReferenceData.inputs("s000-fd-table-cubic");
        JsonNode out = ReferenceData.outputs("s000-fd-table-cubic");
        double x0 = ReferenceData.number(inputs.get("x0"));
        for (JsonNode row : out.get("rows")) {
            double h = ReferenceData.number(row.get("h"));
            DifferenceCase c = DifferenceCase.of("x^3 - 2*x + 1", x0, h);
            double forward = ReferenceData.number(row.get("forward"));
            double central = ReferenceData.number(row.get("central"));
            // README: quotients at 1e-9 relative; the errors at tiny h measure round-off, compared at 1e-3 relative
            assertThat(c.forward()).as("forward, h = %s", h).isCloseTo(forward, within(1e-9 * Math.abs(forward)));
            assertThat(c.central()).as("central, h = %s", h).isCloseTo(central, within(1e-9 * Math.abs(central)));
            double error = ReferenceData.number(row.get("central_error"));
            assertThat(Math.abs(c.central() - c.exact()))
                    .as("central error, h = %s", h)
                    .isCloseTo(error, within(1e-3 * error));
        }
        DifferenceCase c = DifferenceCase.of("x^3 - 2*x + 1", x0, 0.1);
        assertThat(c.exact()).isEqualTo(ReferenceData.number(out.get("exact_derivative")));
        assertThat(c.value()).isEqualTo(ReferenceData.number(out.get("f_x0")));
    }

    @Test
    void the_best_central_step_is_near_the_cube_root_of_epsilon() {
        // truncation h²|f'''|/6 against round-off ε|f|/h: the minimum is near ∛ε ≈ 6e-6 for f ~ 1, f''' = 6;
        // the empirical minimum of a jagged curve is only known to its order of magnitude
        double cubeRoot = Math.cbrt(Math.ulp(1.0));
        DifferenceCase c = DifferenceCase.of("x^3 - 2*x + 1", 1.5, 0.1);
        assertThat(Math.abs(Math.log10(c.bestStep() / cubeRoot))).isLessThan(1);
        // the curve: 129 steps from 1 down to 1e-16, and the error at the best step is the smallest on it
        assertThat(c.steps()).hasSize(129);
        assertThat(c.steps()[0]).isEqualTo(1);
        assertThat(c.steps()[128]).isCloseTo(1e-16, within(1e-30));
        int best = java.util.stream.IntStream.range(0, c.steps().length)
                .filter(k -> c.steps()[k] == c.bestStep())
                .findFirst()
                .orElseThrow();
        assertThat(java.util.Arrays.stream(c.centralErrors()).min().orElseThrow())
                .isEqualTo(c.centralErrors()[best]);
    }

    @Test
    void a_function_undefined_near_the_point_is_not_defined() {
        // ln(x) at 0.05 with h = 0.1 samples ln(−0.05)
        assertThat(DifferenceCase.of("ln(x)", 0.05, 0.1).defined()).isFalse();
        assertThat(DifferenceCase.of("ln(x)", 1, 0.1).defined()).isTrue();
    }

    @Test
    void a_linear_function_is_not_a_fair_exercise() {
        // every quotient of a linear function is exact, so the parts could not tell the schemes apart
        assertThat(FiniteDifferencesExercise.suitable(DifferenceCase.of("2*x + 1", 1.5, 0.1)))
                .isFalse();
        assertThat(FiniteDifferencesExercise.suitable(DifferenceCase.of("x^3 - 2*x + 1", 1.5, 0.1)))
                .isTrue();
    }
}
