package org.gradientlab.exercises.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.gradientlab.exercises.ParameterProblem;
import org.gradientlab.exercises.RunCheck;
import org.gradientlab.exercises.Variant;
import org.junit.jupiter.api.Test;

class AdamVersusGdExerciseTest {

    private final AdamVersusGdExercise exercise = new AdamVersusGdExercise();

    @Test
    void variant_zero_starts_where_the_course_material_does() {
        Variant v = exercise.variant(0);
        assertThat(v.parameters())
                .containsEntry("start", "-0.5, 0.5")
                .containsEntry("target", "0.01")
                .containsEntry("gd-budget", "5000")
                .containsEntry("adam-budget", "2000");
        RunCheck gd = (RunCheck) v.part("gd-settings").orElseThrow().check();
        assertThat(gd.method()).isEqualTo(RunCheck.Method.GRADIENT_DESCENT);
        assertThat(gd.landscape()).isEqualTo("rosenbrock");
    }

    @Test
    void every_variants_budget_leaves_room_for_the_model_rates() {
        for (int n = 1; n < 30; n++) {
            Variant v = exercise.variant(n);
            int budget = Integer.parseInt(v.parameters().get("gd-budget"));
            int needed = Integer.parseInt(
                    ((org.gradientlab.exercises.Answer.Text) v.modelAnswers().get("gd-steps")).text());
            assertThat(needed).isLessThanOrEqualTo(budget);
        }
    }

    @Test
    void a_budget_too_small_for_the_model_answer_is_refused() {
        assertThat(exercise.validate(Map.of("gd-budget", "1000")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.UNSUITABLE);
        assertThat(exercise.validate(Map.of("target", "5")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.OUT_OF_RANGE);
        assertThat(exercise.validate(Map.of("target", "0.1", "gd-budget", "3000")))
                .isEmpty();
    }
}
