package org.gradientlab.exercises.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.gradientlab.exercises.ChoiceCheck;
import org.gradientlab.exercises.ExperimentCheck;
import org.gradientlab.exercises.NumberCheck;
import org.gradientlab.exercises.OptimizerRule;
import org.gradientlab.exercises.ParameterException;
import org.gradientlab.exercises.ParameterProblem;
import org.gradientlab.exercises.Variant;
import org.junit.jupiter.api.Test;

class MomentumExerciseTest {

    private final MomentumExercise exercise = new MomentumExercise();

    @Test
    void variant_zero_is_the_course_materials_race() {
        Variant v = exercise.variant(0);
        assertThat(v.parameters())
                .containsEntry("landscape", "ravine")
                .containsEntry("start", "3, 2")
                .containsEntry("lr", "0.04")
                .containsEntry("steps", "80")
                .containsEntry("beta", "0.85");
        ExperimentCheck race = (ExperimentCheck) v.part("beta").orElseThrow().check();
        assertThat(race.method()).isEqualTo(OptimizerRule.MOMENTUM_VELOCITY);
        assertThat(race.goal())
                .isEqualTo(new ExperimentCheck.Goal.Beat(OptimizerRule.GRADIENT_DESCENT, Map.of("lr", 0.04)));
    }

    @Test
    void the_course_materials_beta_loses_to_gradient_descent_and_the_text_says_so() {
        // s000-momentum-vs-gd: GD ends at 1.446e-5, momentum with β = 0.85 at 5.153e-5 (DESIGN §6: claims follow
        // from the numbers).
        Variant v = exercise.variant(0);
        assertThat(((ChoiceCheck) v.part("winner").orElseThrow().check()).correct())
                .isEqualTo("gd");
        assertThat(v.explanation()).contains("$f = 1.446e-5$").contains("$f = 5.153e-5$");
        assertThat(v.solution()).contains("plain gradient descent ends lower");
    }

    @Test
    void the_stable_bound_is_two_plus_two_beta_over_lambda_max() {
        // Eigenvalues 2 and 20: (2 + 2·0.85)/20 = 0.185.
        NumberCheck bound = (NumberCheck)
                exercise.variant(0).part("stable-lr").orElseThrow().check();
        assertThat(bound.value()).isEqualTo(0.185, org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void the_same_number_gives_the_same_variant_and_variants_vary() {
        Set<String> setups = new HashSet<>();
        for (int n = 0; n < 40; n++) {
            assertThat(exercise.variant(n)).isEqualTo(exercise.variant(n));
            setups.add(exercise.variant(n).parameters().toString());
        }
        assertThat(setups).hasSizeGreaterThan(25);
    }

    @Test
    void overrides_are_checked() {
        assertThat(exercise.validate(Map.of("lr", "0.1")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.OUT_OF_RANGE);
        assertThat(exercise.validate(Map.of("landscape", "rosenbrock")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.UNSUITABLE);
        assertThat(exercise.validate(Map.of("beta", "1")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.OUT_OF_RANGE);
        assertThat(exercise.validate(Map.of("landscape", "stretched-bowl", "start", "2, 3", "lr", "0.1")))
                .isEmpty();
        assertThatThrownBy(() -> exercise.variant(0, Map.of("start", "1"))).isInstanceOf(ParameterException.class);
    }
}
