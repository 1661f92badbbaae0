package org.gradientlab.exercises.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.gradientlab.engine.learning.LinearData;
import org.gradientlab.exercises.ExperimentCheck;
import org.gradientlab.exercises.NumberCheck;
import org.gradientlab.exercises.ParameterProblem;
import org.gradientlab.exercises.Variant;
import org.gradientlab.exercises.VectorCheck;
import org.gradientlab.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LinearRegressionExerciseTest {

    private final LinearRegressionExercise exercise = new LinearRegressionExercise();

    @Test
    void the_course_data_are_the_reference_points() {
        JsonNode inputs = ReferenceData.inputs("s002-linreg-snapshots");
        double[] noise = ReferenceData.vector(inputs.get("noise"));
        LinearData data = RegressionDatasets.course();
        for (int i = 0; i < 50; i++) {
            double x = 10.0 * i / 49;
            // y = 3x + 2 + noise exactly as NumPy formed it; x from linspace to the last ulp.
            assertThat(data.x()[i]).isCloseTo(x, org.assertj.core.data.Offset.offset(1e-14));
            assertThat(data.y()[i])
                    .isCloseTo(3 * data.x()[i] + 2 + noise[i], org.assertj.core.data.Offset.offset(1e-13));
        }
    }

    @Test
    void variant_zero_targets_the_reference_least_squares_line_and_stable_limit() {
        // s002-mse-landscape: w* = 2.8840332010163574, b* = 2.128886184405945 (its noise agrees with the
        // snapshots' to the last digit or two, hence 1e-9); s002-ex1-linreg-lr0.1: 2/λmax = 0.0290516177217221.
        Variant v = exercise.variant(0);
        JsonNode mse = ReferenceData.outputs("s002-mse-landscape");
        ExperimentCheck training =
                (ExperimentCheck) v.part("training").orElseThrow().check();
        ExperimentCheck.Goal.Near near = (ExperimentCheck.Goal.Near) training.goal();
        assertThat(near.point().get(0))
                .isCloseTo(ReferenceData.number(mse.get("least_squares_w")), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(near.point().get(1))
                .isCloseTo(ReferenceData.number(mse.get("least_squares_b")), org.assertj.core.data.Offset.offset(1e-9));
        VectorCheck line = (VectorCheck) v.part("least-squares").orElseThrow().check();
        assertThat(Double.parseDouble(line.entries().get(0)))
                .isEqualTo(near.point().get(0));
        double limit = ReferenceData.number(
                ReferenceData.outputs("s002-ex1-linreg-lr0.1").get("stable_lr_limit_2_over_lambda_max"));
        assertThat(((NumberCheck) v.part("stable-lr").orElseThrow().check()).value())
                .isCloseTo(limit, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(v.explanation()).contains("y = 3 x + 2").contains("\\lambda(H) = 0.504,\\ 68.84");
    }

    @Test
    void the_same_number_gives_the_same_variant_and_variants_draw_other_data() {
        Set<String> lines = new HashSet<>();
        for (int n = 0; n < 30; n++) {
            assertThat(exercise.variant(n)).isEqualTo(exercise.variant(n));
            lines.add(((VectorCheck) exercise.variant(n)
                            .part("least-squares")
                            .orElseThrow()
                            .check())
                    .entries()
                    .toString());
        }
        assertThat(lines).hasSize(30);
    }

    @Test
    void overrides_are_checked() {
        assertThat(exercise.validate(Map.of("line", "2, 1, 1", "budget", "5000", "tolerance", "0.05")))
                .isEmpty();
        assertThat(exercise.validate(Map.of("line", "2, 1")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.WRONG_DIMENSION);
        assertThat(exercise.validate(Map.of("budget", "10")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.OUT_OF_RANGE);
        assertThat(exercise.validate(Map.of("tolerance", "0.0001", "budget", "100")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.UNSUITABLE);
    }
}
