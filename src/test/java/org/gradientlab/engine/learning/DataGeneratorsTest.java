package org.gradientlab.engine.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seeded data generators: shapes, the laws they follow, and keyed errors for bad requests. */
class DataGeneratorsTest {

    @Test
    void linspace_follows_numpy_including_the_exact_end_point() {
        double[] x = Linspace.of(0, 10, 50);

        assertThat(x).hasSize(50);
        assertThat(x[0]).isEqualTo(0.0);
        assertThat(x[1]).isEqualTo(10.0 / 49);
        assertThat(x[49]).isEqualTo(10.0);
        assertThat(Linspace.of(3, 7, 1)).containsExactly(3.0);
    }

    @Test
    void linear_data_scatters_around_its_line_with_the_requested_sigma() {
        int n = 20_000;
        LinearData data = LinearData.generate(3, 2, 2, 0, 10, n, SeededRandom.of(21));
        double[] x = data.x();
        double[] y = data.y();
        double sum = 0;
        double sumSquares = 0;
        for (int i = 0; i < n; i++) {
            double noise = y[i] - (3 * x[i] + 2);
            sum += noise;
            sumSquares += noise * noise;
        }
        assertThat(x).containsExactly(Linspace.of(0, 10, n));
        // 5 standard errors: σ/√n for the mean, σ²·√(2/n) for the variance.
        assertThat(sum / n).isCloseTo(0, within(5 * 2 / Math.sqrt(n)));
        assertThat(sumSquares / n).isCloseTo(4, within(5 * 4 * Math.sqrt(2.0 / n)));
    }

    @Test
    void least_squares_recovers_the_true_weights_within_the_noise() {
        double[] trueW = {1, -2, 0.5, 3, -1};
        int n = 10_000;
        double sigma = 0.5;
        RegressionData data = RegressionData.generate(n, trueW, sigma, SeededRandom.of(22));

        double[] w = data.leastSquares();

        // Each coefficient's standard error is σ·√((XᵀX)⁻¹)ⱼⱼ ≈ σ/√n for standard normal features.
        for (int j = 0; j < trueW.length; j++) {
            assertThat(w[j]).isCloseTo(trueW[j], within(5 * sigma / Math.sqrt(n)));
        }
        // At the minimiser the gradient vanishes (to round-off of sums of 10⁴ terms of size ~10).
        for (double g : data.gradient(w)) {
            assertThat(g).isCloseTo(0, within(1e-10));
        }
        assertThat(data.loss(w)).isCloseTo(sigma * sigma, within(0.05 * sigma * sigma));
    }

    @Test
    void dependent_features_are_reported_instead_of_solved() {
        double[][] rows = {{1, 2}, {2, 4}, {3, 6}};
        RegressionData data = RegressionData.of(rows, new double[] {1, 2, 3});

        assertThatThrownBy(data::leastSquares).isInstanceOfSatisfying(LearningException.class, e -> assertThat(e.key())
                .isEqualTo(LearningMessage.SINGULAR_FEATURES));
    }

    @Test
    void random_labels_are_a_fair_coin() {
        int n = 20_000;
        ClassificationData data = ClassificationData.randomLabels(n, 4, SeededRandom.of(23));

        assertThat(data.features()).isEqualTo(4);
        // 5 standard errors of a fraction: 5·√(0.25/n).
        assertThat(data.positiveFraction()).isCloseTo(0.5, within(5 * Math.sqrt(0.25 / n)));
    }

    @Test
    void credit_rule_labels_follow_the_stated_rule() {
        ClassificationData data = ClassificationData.creditRule(1000, SeededRandom.of(24));

        for (int i = 0; i < data.size(); i++) {
            double[] x = data.row(i);
            double score = x[0] + 0.5 * x[1] - x[2] - 0.5 * x[3];
            assertThat(data.label(i)).isEqualTo(score > 0 ? 1.0 : 0.0);
        }
        // The rule is symmetric in x ↦ −x, so about half are approved (5 standard errors).
        assertThat(data.positiveFraction()).isCloseTo(0.5, within(5 * Math.sqrt(0.25 / 1000)));
    }

    @Test
    void split_partitions_the_samples() {
        ClassificationData data = ClassificationData.creditRule(100, SeededRandom.of(25));

        ClassificationData.Split split = data.split(80, SeededRandom.of(26));

        assertThat(split.train().size()).isEqualTo(80);
        assertThat(split.validation().size()).isEqualTo(20);
        List<String> all = new ArrayList<>();
        for (ClassificationData part : List.of(split.train(), split.validation())) {
            for (int i = 0; i < part.size(); i++) {
                all.add(Arrays.toString(part.row(i)) + part.label(i));
            }
        }
        List<String> original = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            original.add(Arrays.toString(data.row(i)) + data.label(i));
        }
        assertThat(all).containsExactlyInAnyOrderElementsOf(original);
        assertThat(all.subList(0, 80)).isNotEqualTo(original.subList(0, 80));
    }

    @Test
    void bad_requests_carry_keys() {
        assertThatThrownBy(() ->
                        ClassificationData.creditRule(10, SeededRandom.of(1)).split(10, SeededRandom.of(2)))
                .isInstanceOfSatisfying(
                        LearningException.class, e -> assertThat(e.key()).isEqualTo(LearningMessage.SPLIT_SIZE));
        assertThatThrownBy(() -> ClassificationData.of(new double[][] {{1}}, new double[] {0.5}))
                .isInstanceOfSatisfying(
                        LearningException.class, e -> assertThat(e.key()).isEqualTo(LearningMessage.NOT_A_LABEL));
        assertThatThrownBy(() -> LinearData.withNoise(new double[] {1, 2}, new double[] {0}, 1, 0))
                .isInstanceOfSatisfying(
                        LearningException.class, e -> assertThat(e.key()).isEqualTo(LearningMessage.LENGTH_MISMATCH));
        assertThatThrownBy(() -> LinearData.generate(1, 0, -1, 0, 1, 5, SeededRandom.of(3)))
                .isInstanceOfSatisfying(
                        LearningException.class, e -> assertThat(e.key()).isEqualTo(LearningMessage.NEGATIVE));
    }
}
