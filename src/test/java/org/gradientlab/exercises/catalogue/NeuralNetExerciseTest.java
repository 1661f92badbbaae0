package org.gradientlab.exercises.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.gradientlab.exercises.ChoiceCheck;
import org.gradientlab.exercises.ExperimentCheck;
import org.gradientlab.exercises.NumberCheck;
import org.gradientlab.exercises.ParameterProblem;
import org.gradientlab.exercises.Variant;
import org.gradientlab.reference.ReferenceData;
import org.junit.jupiter.api.Test;

class NeuralNetExerciseTest {

    private final NeuralNetExercise exercise = new NeuralNetExercise();

    @Test
    void the_bias_correction_factor_at_t_1_is_the_reference_value() {
        // s002-ex4-bias-correction-factor: 1/(1 − 0.9) in double precision is 10.000000000000002.
        double expected = ReferenceData.number(
                ReferenceData.outputs("s002-ex4-bias-correction-factor").get("m_hat_over_m"));
        NumberCheck check = (NumberCheck)
                exercise.variant(0).part("correction").orElseThrow().check();
        assertThat(check.value()).isEqualTo(expected);
    }

    @Test
    void adams_first_moments_follow_the_update_formulas() {
        // At t = 1 from zero state: m = (1 − β1)g, v = (1 − β2)g², m̂ = m/(1 − β1) = g (to rounding, 1e-12).
        for (int n = 0; n < 5; n++) {
            Variant v = exercise.variant(n);
            double beta1 = Double.parseDouble(v.parameters().get("beta1"));
            double beta2 = Double.parseDouble(v.parameters().get("beta2"));
            NeuralNetFacts facts = NeuralNetFacts.of(new int[] {4, 2, 1}, 1000L + n, beta1, beta2, 0.95, 10);
            double[] q = facts.inspected();
            assertThat(q[0]).isNotZero();
            assertThat(q[1]).isCloseTo((1 - beta1) * q[0], within(1e-12 * Math.abs(q[0])));
            assertThat(q[2]).isCloseTo((1 - beta2) * q[0] * q[0], within(1e-12 * q[0] * q[0]));
            assertThat(q[3]).isCloseTo(q[0], within(1e-12 * Math.abs(q[0])));
        }
    }

    @Test
    void variant_zero_is_the_4_2_1_network_with_pytorchs_betas() {
        Variant v = exercise.variant(0);
        assertThat(v.parameters())
                .containsEntry("hidden", "2")
                .containsEntry("beta1", "0.9")
                .containsEntry("beta2", "0.999");
        ExperimentCheck training =
                (ExperimentCheck) v.part("training").orElseThrow().check();
        assertThat(((ExperimentCheck.Problem.OnNetwork) training.problem()).layers())
                .containsExactly(4, 2, 1);
        assertThat(training.goal()).isEqualTo(new ExperimentCheck.Goal.Accuracy(0.95));
    }

    @Test
    void coin_flip_labels_stay_at_chance_as_in_the_course_materials_run() {
        // s002-credit-approval-net: random labels, validation accuracy 0.498 (chance). The engine's own run of the
        // same kind must be within 0.1 of 1/2 for the answer "chance" to follow from its numbers.
        for (int n = 0; n < 5; n++) {
            assertThat(((ChoiceCheck) exercise.variant(n)
                                    .part("coin-labels")
                                    .orElseThrow()
                                    .check())
                            .correct())
                    .isEqualTo("chance");
        }
    }

    @Test
    void the_architecture_is_a_parameter_and_larger_networks_get_fewer_epochs() {
        Variant big = exercise.variant(0, Map.of("hidden", "16, 16"));
        ExperimentCheck training =
                (ExperimentCheck) big.part("training").orElseThrow().check();
        assertThat(((ExperimentCheck.Problem.OnNetwork) training.problem()).layers())
                .containsExactly(4, 16, 16, 1);
        assertThat(training.settings().get(1).high()).isLessThanOrEqualTo(10);
        assertThat(exercise.validate(Map.of("hidden", "2, 2, 2, 2")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.UNSUITABLE);
        assertThat(exercise.validate(Map.of("hidden", "100")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.OUT_OF_RANGE);
    }
}
