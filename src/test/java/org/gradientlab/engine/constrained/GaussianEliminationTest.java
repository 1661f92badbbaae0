package org.gradientlab.engine.constrained;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The dense solver: pivoting, singular systems and residuals of random systems. */
class GaussianEliminationTest {

    @Test
    void zero_leading_entry_is_handled_by_pivoting() {
        double[][] a = {{0, 1}, {1, 0}};

        assertThat(GaussianElimination.solve(a, new double[] {2, 3}))
                .hasValueSatisfying(x -> assertThat(x).containsExactly(3, 2));
    }

    @Test
    void hand_solved_three_by_three_system() {
        // 2x + y − z = 8, −3x − y + 2z = −11, −2x + y + 2z = −3 → (2, 3, −1).
        double[][] a = {{2, 1, -1}, {-3, -1, 2}, {-2, 1, 2}};

        assertThat(GaussianElimination.solve(a, new double[] {8, -11, -3}))
                .hasValueSatisfying(x -> assertThat(x).containsExactly(new double[] {2, 3, -1}, within(1e-14)));
    }

    @Test
    void singular_systems_are_reported_as_empty() {
        assertThat(GaussianElimination.solve(new double[][] {{1, 2}, {2, 4}}, new double[] {1, 2}))
                .isEmpty();
        assertThat(GaussianElimination.solve(new double[][] {{0, 0}, {0, 0}}, new double[] {0, 0}))
                .isEmpty();
    }

    @Test
    void input_is_left_unchanged() {
        double[][] a = {{4, 1}, {2, 3}};
        double[] b = {1, 2};

        GaussianElimination.solve(a, b);

        assertThat(a[0]).containsExactly(4, 1);
        assertThat(a[1]).containsExactly(2, 3);
        assertThat(b).containsExactly(1, 2);
    }

    @Test
    void random_diagonally_dominant_systems_have_round_off_residuals() {
        SplittableRandom random = new SplittableRandom(7L);
        for (int trial = 0; trial < 100; trial++) {
            int n = 1 + random.nextInt(8);
            double[][] a = new double[n][n];
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    a[i][j] = random.nextDouble(-1, 1);
                }
                a[i][i] += n;
                b[i] = random.nextDouble(-1, 1);
            }
            double[] x = GaussianElimination.solve(a, b).orElseThrow();
            for (int i = 0; i < n; i++) {
                double r = -b[i];
                for (int j = 0; j < n; j++) {
                    r += a[i][j] * x[j];
                }
                // Well-conditioned (diagonally dominant) with O(1) entries: residual at round-off level.
                assertThat(r).isCloseTo(0, within(1e-12));
            }
        }
    }
}
