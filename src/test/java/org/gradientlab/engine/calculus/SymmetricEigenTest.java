package org.gradientlab.engine.calculus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;
import static org.gradientlab.engine.autodiff.Trees.add;
import static org.gradientlab.engine.autodiff.Trees.mul;
import static org.gradientlab.engine.autodiff.Trees.n;
import static org.gradientlab.engine.autodiff.Trees.pow;
import static org.gradientlab.engine.autodiff.Trees.v;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SymmetricEigenTest {

    /** Jacobi rotations are backward stable: errors of a few ε·‖A‖. */
    private static final double TOLERANCE = 1e-12;

    @Test
    void a_diagonal_matrix_has_its_diagonal_sorted_and_the_axes() {
        SymmetricEigen eigen = SymmetricEigen.of(new double[][] {{3, 0, 0}, {0, -1, 0}, {0, 0, 2}});
        assertThat(eigen.values()).containsExactly(-1.0, 2.0, 3.0);
        assertThat(eigen.vector(0)).containsExactly(0.0, 1.0, 0.0);
        assertThat(eigen.vector(1)).containsExactly(0.0, 0.0, 1.0);
        assertThat(eigen.vector(2)).containsExactly(1.0, 0.0, 0.0);
    }

    @Test
    void two_by_two_with_equal_diagonal_has_eigenvalues_one_and_three() {
        SymmetricEigen eigen = SymmetricEigen.of(new double[][] {{2, 1}, {1, 2}});
        assertThat(eigen.values()[0]).isCloseTo(1.0, within(TOLERANCE));
        assertThat(eigen.values()[1]).isCloseTo(3.0, within(TOLERANCE));
        // Eigenvectors (1, -1)/√2 and (1, 1)/√2, the largest-magnitude (here the first) component positive.
        double s = Math.sqrt(0.5);
        assertThat(eigen.vector(0)).containsExactly(new double[] {s, -s}, within(TOLERANCE));
        assertThat(eigen.vector(1)).containsExactly(new double[] {s, s}, within(TOLERANCE));
    }

    @Test
    void the_course_matrix_has_eigenvalues_one_two_four() {
        // [[2,1,0],[1,3,1],[0,1,2]]: (1,-1,1) ↦ 1, (1,0,-1) ↦ 2, (1,2,1) ↦ 4 by direct multiplication.
        double[] values = SymmetricEigen.eigenvalues(new double[][] {{2, 1, 0}, {1, 3, 1}, {0, 1, 2}});
        assertThat(values).containsExactly(new double[] {1, 2, 4}, within(TOLERANCE));
    }

    @Test
    void the_discrete_laplacian_has_its_known_spectrum() {
        // tridiag(-1, 2, -1) of size n has eigenvalues 2 - 2cos(kπ/(n+1)), k = 1..n.
        int n = 8;
        double[][] laplacian = new double[n][n];
        for (int i = 0; i < n; i++) {
            laplacian[i][i] = 2;
            if (i > 0) {
                laplacian[i][i - 1] = -1;
                laplacian[i - 1][i] = -1;
            }
        }
        double[] values = SymmetricEigen.eigenvalues(laplacian);
        for (int k = 1; k <= n; k++) {
            assertThat(values[k - 1]).isCloseTo(2 - 2 * Math.cos(k * Math.PI / (n + 1)), within(TOLERANCE));
        }
    }

    @Test
    void hessian_of_an_ill_conditioned_bowl_has_eigenvalues_two_and_twenty() {
        // x1² + 10·x2², the course's example for the step-size bound 2/λmax = 0.1.
        double[][] hessian = Derivatives.hessian(
                add(pow(v("x1"), 2), mul(n(10), pow(v("x2"), 2))), List.of("x1", "x2"), new double[] {0.3, -0.4});
        assertThat(SymmetricEigen.eigenvalues(hessian)).containsExactly(2.0, 20.0);
    }

    @Test
    void random_symmetric_matrices_are_reconstructed_from_their_decomposition() {
        SplittableRandom random = new SplittableRandom(31_415L);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(6);
            double[][] a = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j <= i; j++) {
                    a[i][j] = random.nextDouble(-5, 5);
                    a[j][i] = a[i][j];
                }
            }
            double[][] copy = Arrays.stream(a).map(double[]::clone).toArray(double[][]::new);
            SymmetricEigen eigen = SymmetricEigen.of(a);
            double[] values = eigen.values();
            double norm = 1 + frobenius(a);
            for (int k = 1; k < n; k++) {
                assertThat(values[k]).isGreaterThanOrEqualTo(values[k - 1]);
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double reconstructed = 0.0;
                    double gram = 0.0;
                    for (int k = 0; k < n; k++) {
                        reconstructed += eigen.vector(k)[i] * values[k] * eigen.vector(k)[j];
                        gram += eigen.vector(i)[k] * eigen.vector(j)[k];
                    }
                    assertThat(reconstructed).isCloseTo(a[i][j], within(TOLERANCE * norm));
                    assertThat(gram).isCloseTo(i == j ? 1.0 : 0.0, within(TOLERANCE));
                }
            }
            assertThat(a).isDeepEqualTo(copy);
        }
    }

    @Test
    void a_repeated_eigenvalue_still_gives_orthonormal_vectors() {
        SymmetricEigen eigen = SymmetricEigen.of(new double[][] {{1, 0}, {0, 1}});
        assertThat(eigen.values()).containsExactly(1.0, 1.0);
        assertThat(eigen.vector(0)[0] * eigen.vector(1)[0] + eigen.vector(0)[1] * eigen.vector(1)[1])
                .isZero();
    }

    @Test
    void an_asymmetric_matrix_is_rejected_naming_the_entries() {
        CalculusException error =
                catchThrowableOfType(CalculusException.class, () -> SymmetricEigen.of(new double[][] {{1, 2}, {3, 4}}));
        assertThat(error.key()).isEqualTo(CalculusException.Key.NOT_SYMMETRIC);
        assertThat(error.arguments()).containsExactly(1, 2, 2.0, 2, 1, 3.0);
    }

    @Test
    void a_ragged_or_non_finite_matrix_is_rejected() {
        CalculusException ragged =
                catchThrowableOfType(CalculusException.class, () -> SymmetricEigen.of(new double[][] {{1, 2}, {3}}));
        assertThat(ragged.key()).isEqualTo(CalculusException.Key.NOT_SQUARE);
        CalculusException nan = catchThrowableOfType(
                CalculusException.class, () -> SymmetricEigen.of(new double[][] {{1, Double.NaN}, {Double.NaN, 1}}));
        assertThat(nan.key()).isEqualTo(CalculusException.Key.NOT_FINITE);
    }

    private static double frobenius(double[][] a) {
        double sum = 0.0;
        for (double[] row : a) {
            for (double x : row) {
                sum += x * x;
            }
        }
        return Math.sqrt(sum);
    }
}
