package org.gradientlab.exercises.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.gradientlab.exercises.NumberCheck;
import org.gradientlab.exercises.NumberSetCheck;
import org.gradientlab.exercises.ParameterProblem;
import org.gradientlab.exercises.Variant;
import org.junit.jupiter.api.Test;

class LearningRateRaceExerciseTest {

    private final LearningRateRaceExercise exercise = new LearningRateRaceExercise();

    @Test
    void variant_zero_races_the_course_materials_rates() {
        Variant v = exercise.variant(0);
        assertThat(v.parameters())
                .containsEntry("landscape", "ravine")
                .containsEntry("start", "3, 2")
                .containsEntry("steps", "80")
                .containsEntry("rates", "0.01, 0.04, 0.05, 0.08");
    }

    @Test
    void other_variants_race_a_rate_on_each_side_of_the_one_over_lambda_trap_and_one_beyond_the_threshold() {
        for (int n = 1; n < 60; n++) {
            Variant v = exercise.variant(n);
            double threshold = ((NumberCheck) v.part("threshold").orElseThrow().check()).value();
            List<Double> offered =
                    ((NumberSetCheck) v.part("diverging-rates").orElseThrow().check()).offered();
            assertThat(offered)
                    .as("variant %d", n)
                    .anyMatch(a -> a < threshold / 2)
                    .anyMatch(a -> a > threshold / 2 && a < threshold)
                    .anyMatch(a -> a > threshold);
        }
    }

    @Test
    void the_threshold_follows_the_landscape() {
        // 3x1² + 0.5x2²: Hessian eigenvalues 6 and 1, threshold 2/6 = 1/3 (DESIGN §6: not 1/6)
        Variant v = exercise.variant(0, Map.of("landscape", "stretched-bowl", "start", "2, 3"));
        assertThat(((NumberCheck) v.part("threshold").orElseThrow().check()).value())
                .isCloseTo(1.0 / 3, org.assertj.core.api.Assertions.within(1e-15));
    }

    @Test
    void unusable_overrides_are_refused_with_keys() {
        assertThat(exercise.validate(Map.of("landscape", "rosenbrock")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.UNSUITABLE);
        assertThat(exercise.validate(Map.of("rates", "0.1, -0.2")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.OUT_OF_RANGE);
        assertThat(exercise.validate(Map.of("steps", "0")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.OUT_OF_RANGE);
        assertThat(exercise.validate(Map.of("steps", "12.5")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.NOT_A_NUMBER);
    }
}
