package org.gradientlab.exercises.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.gradientlab.exercises.ExperimentCheck;
import org.gradientlab.exercises.NumberCheck;
import org.gradientlab.exercises.ParameterProblem;
import org.gradientlab.exercises.Variant;
import org.junit.jupiter.api.Test;

class LrSchedulesExerciseTest {

    private final LrSchedulesExercise exercise = new LrSchedulesExercise();

    @Test
    void the_warm_ups_first_rate_is_zero_and_the_cosine_value_follows_the_formula() {
        for (int n = 0; n < 30; n++) {
            Variant v = exercise.variant(n);
            assertThat(((NumberCheck) v.part("warmup-first").orElseThrow().check()).value())
                    .isZero();
            String prompt = v.part("cosine-at").orElseThrow().prompt();
            double t = Double.parseDouble(prompt.replaceAll("(?s).*\\$T = (\\d+)\\$.*", "$1"));
            double lr0 = Double.parseDouble(prompt.replaceAll("(?s).*\\\\alpha_0 = ([0-9.]+)\\$.*", "$1"));
            double k = Double.parseDouble(prompt.replaceAll("(?s).*\\$k = (\\d+)\\$.*", "$1"));
            assertThat(((NumberCheck) v.part("cosine-at").orElseThrow().check()).value())
                    .isCloseTo(lr0 * 0.5 * (1 + Math.cos(Math.PI * k / t)), within(1e-15));
        }
    }

    @Test
    void the_runs_offer_five_schedules_scaled_to_their_length() {
        ExperimentCheck rosenbrock = (ExperimentCheck)
                exercise.variant(0).part("rosenbrock-schedule").orElseThrow().check();
        assertThat(rosenbrock.schedules())
                .containsOnlyKeys("constant", "step", "exponential", "cosine", "warmup-cosine");
        assertThat(rosenbrock.length()).isEqualTo(2000);
        assertThat(rosenbrock.goal()).isEqualTo(new ExperimentCheck.Goal.Below(1e-4));
    }

    @Test
    void the_same_number_gives_the_same_variant_and_variants_vary() {
        Set<String> prompts = new HashSet<>();
        for (int n = 0; n < 30; n++) {
            assertThat(exercise.variant(n)).isEqualTo(exercise.variant(n));
            prompts.add(exercise.variant(n).part("cosine-at").orElseThrow().prompt());
        }
        assertThat(prompts).hasSizeGreaterThan(20);
    }

    @Test
    void overrides_are_checked() {
        assertThat(exercise.validate(Map.of("quadratic", "bowl", "rosenbrock-steps", "3000")))
                .isEmpty();
        assertThat(exercise.validate(Map.of("rosenbrock-steps", "100")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.OUT_OF_RANGE);
        assertThat(exercise.validate(Map.of("quadratic", "cubic")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.UNSUITABLE);
    }
}
