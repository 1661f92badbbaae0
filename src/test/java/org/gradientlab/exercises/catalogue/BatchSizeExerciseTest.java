package org.gradientlab.exercises.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.gradientlab.exercises.NumberCheck;
import org.gradientlab.exercises.ParameterProblem;
import org.gradientlab.exercises.Variant;
import org.gradientlab.reference.ReferenceData;
import org.junit.jupiter.api.Test;

class BatchSizeExerciseTest {

    private final BatchSizeExercise exercise = new BatchSizeExercise();

    @Test
    void the_exact_variance_scales_like_one_over_b_without_replacement() {
        // (S/B)(n − B)/(n − 1): from B = 16 to 64 the ratio is 4(n − 16)/(n − 64).
        for (int n = 0; n < 10; n++) {
            Variant v = exercise.variant(n);
            int samples = Integer.parseInt(v.parameters().get("samples"));
            assertThat(((NumberCheck) v.part("variance-ratio").orElseThrow().check()).value())
                    .isCloseTo(4.0 * (samples - 16) / (samples - 64), within(1e-9));
        }
    }

    @Test
    void the_measurements_behave_as_the_course_materials() {
        // s003-batch-size-tradeoff (NumPy's random stream, so only the behaviour carries over): the variance falls
        // with B, B = 1 is the noisiest, the full batch has none, and full-batch GD with α = 0.1 needs 14 epochs to
        // get below 0.3 — the engine's own data give a count of the same size.
        int reference = ReferenceData.outputs("s003-batch-size-tradeoff")
                .get("training")
                .get("Full")
                .get("epochs")
                .asInt();
        BatchSizeStudyFacts facts = BatchSizeStudyFacts.of(10_000, new double[] {1, -2, 0.5, 3, -1}, 0.5, 42);
        assertThat(facts.noisiest()).isZero();
        for (int i = 1; i < facts.batchSizes().size(); i++) {
            assertThat(facts.exact().get(i)).isLessThan(facts.exact().get(i - 1));
            assertThat(facts.noise().get(i).normVariance())
                    .isLessThanOrEqualTo(facts.noise().get(i).traceVariance());
        }
        assertThat(facts.exact().getLast()).isZero();
        assertThat(facts.fullEpochs()).isBetween(reference - 3, reference + 3);
    }

    @Test
    void overrides_are_checked() {
        assertThat(exercise.validate(Map.of("samples", "5000", "noise", "1"))).isEmpty();
        assertThat(exercise.validate(Map.of("samples", "100")))
                .extracting(ParameterProblem::key)
                .containsExactly(ParameterProblem.Key.OUT_OF_RANGE);
    }

    @Test
    void the_same_number_gives_the_same_variant() {
        for (int n = 0; n < 5; n++) {
            assertThat(exercise.variant(n)).isEqualTo(exercise.variant(n));
        }
    }

    @Test
    void a_variants_data_is_the_same_with_or_without_overridden_size_and_noise() {
        BatchSizeExercise exercise = new BatchSizeExercise();
        BatchSizeExercise.Data course = BatchSizeExercise.data(exercise.variant(0));
        assertThat(course.weights()).containsExactly(1.0, -2.0, 0.5, 3.0, -1.0);
        assertThat(course.samples()).isEqualTo(10_000);

        BatchSizeExercise.Data drawn = BatchSizeExercise.data(exercise.variant(3));
        BatchSizeExercise.Data overridden =
                BatchSizeExercise.data(exercise.variant(3, Map.of("samples", "3000", "noise", "0.7")));
        assertThat(overridden.weights()).isEqualTo(drawn.weights());
        assertThat(overridden.samples()).isEqualTo(3000);
        assertThat(overridden.noise()).isEqualTo(0.7);
        assertThat(overridden.seed()).isEqualTo(drawn.seed());
    }
}
