package org.gradientlab.engine.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Gradient noise on seeded 5-feature data (seed 11, n = 10 000, w = (1, −2, 0.5, 3, −1), σ = 0.5),
 * measured at w = 0 where the per-sample gradients gᵢ = −2yᵢxᵢ scatter widely.
 */
class GradientNoiseTest {

    private static final double[] TRUE_W = {1, -2, 0.5, 3, -1};
    private static final RegressionData DATA = RegressionData.generate(10_000, TRUE_W, 0.5, SeededRandom.of(11));
    private static final double[] PROBE = new double[5];
    /** Enough batches that the estimate's relative standard error is a few percent. */
    private static final int BATCHES = 4000;

    @Test
    void measured_trace_variance_matches_the_exact_sampling_formula() {
        SeededRandom random = SeededRandom.of(12);
        for (int b : new int[] {1, 16, 64, 256}) {
            GradientNoise noise = GradientNoise.measure(DATA, PROBE, b, BATCHES, random);
            double exact = GradientNoise.exactTraceVariance(DATA, PROBE, b);
            // Each term ‖g_B − ∇L‖² is a heavy-tailed positive variable (relative sd ≲ 3 for b = 1),
            // so the mean of 4000 is within 3/√4000 ≈ 5 % per standard error; 20 % is four of them.
            assertThat(noise.traceVariance()).as("b = %d", b).isCloseTo(exact, within(0.2 * exact));
        }
    }

    @Test
    void exact_trace_variance_equals_a_brute_force_computation_from_per_sample_gradients() {
        RegressionData small = RegressionData.generate(7, TRUE_W, 0.5, SeededRandom.of(13));
        double[] w = {0.3, -0.1, 0.2, 0.0, 1.0};
        // All C(7, 3) = 35 batches of size 3 are equally likely: average ‖g_B − ∇L‖² over them directly.
        double[] full = small.gradient(w);
        double sum = 0;
        int count = 0;
        for (int a = 0; a < 7; a++) {
            for (int b = a + 1; b < 7; b++) {
                for (int c = b + 1; c < 7; c++) {
                    double[] g = new double[5];
                    for (int i : new int[] {a, b, c}) {
                        double[] row = small.row(i);
                        double r = -small.targets()[i];
                        for (int j = 0; j < 5; j++) {
                            r += row[j] * w[j];
                        }
                        for (int j = 0; j < 5; j++) {
                            g[j] += 2 * r * row[j] / 3;
                        }
                    }
                    for (int j = 0; j < 5; j++) {
                        sum += (g[j] - full[j]) * (g[j] - full[j]);
                    }
                    count++;
                }
            }
        }
        // Same sums in another order: agreement to round-off.
        assertThat(GradientNoise.exactTraceVariance(small, w, 3)).isCloseTo(sum / count, within(1e-12 * sum / count));
    }

    @Test
    void gradient_variance_falls_roughly_as_one_over_the_batch_size() {
        SeededRandom random = SeededRandom.of(14);
        double single = GradientNoise.measure(DATA, PROBE, 1, BATCHES, random).traceVariance();
        for (int b : new int[] {16, 64, 256, 1024}) {
            double variance =
                    GradientNoise.measure(DATA, PROBE, b, BATCHES, random).traceVariance();
            // b·Var(b)/Var(1) = (n − b)/(n − 1) exactly in expectation (0.90 … 1.0 here); each estimate
            // carries ≲ 5 % standard error, so the ratio is within 0.6 … 1.3.
            assertThat(b * variance / single).as("b = %d", b).isBetween(0.6, 1.3);
        }
        double full = GradientNoise.measure(DATA, PROBE, MiniBatchTraining.FULL_BATCH, 20, random)
                .traceVariance();
        // The full batch is the full gradient: only round-off remains.
        assertThat(full).isLessThan(1e-20 * single);
    }

    @Test
    void norm_variance_misses_what_the_mean_direction_does_not_show() {
        GradientNoise noise = GradientNoise.measure(DATA, PROBE, 16, BATCHES, SeededRandom.of(15));
        double fullSquared = Math.pow(norm(DATA.gradient(PROBE)), 2);
        // E‖g_B‖² = ‖∇L‖² + tr Σ_B, and mean(‖g‖)² + var(‖g‖) is the sample mean of ‖g‖². The two sides
        // differ by the cross term (2/K)·Σ(g_k − ∇L)·∇L, whose sd ≤ 2‖∇L‖·√(tr Σ_B/K) ≈ 1.3 % of the
        // total here; 5 % is four of them.
        double secondMoment = noise.meanNorm() * noise.meanNorm() + noise.normVariance();
        assertThat(secondMoment).isCloseTo(fullSquared + noise.traceVariance(), within(0.05 * secondMoment));
        // So the variance of norms is far below the gradient variance when the mean gradient is large.
        assertThat(noise.normVariance()).isLessThan(0.5 * noise.traceVariance());
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
