package org.gradientlab.engine.calculus;

import java.util.Arrays;

/**
 * The eigen-decomposition A = V·diag(λ)·Vᵀ of a small real symmetric matrix (a Hessian, the matrix of a
 * quadratic), by the cyclic Jacobi method: plane rotations annihilate the off-diagonal entries one at a time,
 * sweep after sweep, until they are negligible; the rotations accumulate into the orthonormal eigenvectors.
 * Eigenvalues are sorted ascending (λmin first, λmax last); each eigenvector has unit length and its
 * largest-magnitude component positive, so results are reproducible.
 */
public final class SymmetricEigen {

    private static final int MAX_SWEEPS = 100;
    /** Asymmetry allowed relative to the largest entry: Hessians computed numerically are symmetric only to rounding. */
    private static final double SYMMETRY_TOLERANCE = 1e-10;

    private final double[] values;
    private final double[][] vectors;

    private SymmetricEigen(double[] values, double[][] vectors) {
        this.values = values;
        this.vectors = vectors;
    }

    /**
     * Decomposes the symmetric matrix {@code a} (unchanged). Entries that differ from their mirror by rounding
     * only are averaged.
     *
     * @throws CalculusException {@code NOT_SQUARE}, {@code NOT_FINITE} or {@code NOT_SYMMETRIC}
     */
    public static SymmetricEigen of(double[][] a) {
        double[][] m = symmetricCopy(a);
        int n = m.length;
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) {
            v[i][i] = 1.0;
        }
        for (int sweep = 0; sweep < MAX_SWEEPS && !diagonalEnough(m); sweep++) {
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    rotate(m, v, p, q);
                }
            }
        }
        return sorted(m, v);
    }

    /** The eigenvalues of the symmetric matrix {@code a}, ascending. */
    public static double[] eigenvalues(double[][] a) {
        return of(a).values();
    }

    /** Applies the rotation in the (p, q) plane that makes m[p][q] zero: m ← JᵀmJ, v ← vJ. */
    private static void rotate(double[][] m, double[][] v, int p, int q) {
        double apq = m[p][q];
        if (apq == 0.0) {
            return;
        }
        double theta = (m[q][q] - m[p][p]) / (2.0 * apq);
        // The smaller root of t² + 2θt - 1 = 0 keeps the rotation angle below π/4, which makes the sweep converge.
        double t = (theta >= 0.0 ? 1.0 : -1.0) / (Math.abs(theta) + Math.hypot(theta, 1.0));
        double c = 1.0 / Math.hypot(t, 1.0);
        double s = t * c;
        int n = m.length;
        for (int k = 0; k < n; k++) {
            double mkp = m[k][p];
            double mkq = m[k][q];
            m[k][p] = c * mkp - s * mkq;
            m[k][q] = s * mkp + c * mkq;
        }
        for (int k = 0; k < n; k++) {
            double mpk = m[p][k];
            double mqk = m[q][k];
            m[p][k] = c * mpk - s * mqk;
            m[q][k] = s * mpk + c * mqk;
        }
        for (int k = 0; k < n; k++) {
            double vkp = v[k][p];
            double vkq = v[k][q];
            v[k][p] = c * vkp - s * vkq;
            v[k][q] = s * vkp + c * vkq;
        }
    }

    /** True when the off-diagonal mass is at rounding level relative to the whole matrix. */
    private static boolean diagonalEnough(double[][] m) {
        double off = 0.0;
        double total = 0.0;
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m.length; j++) {
                double square = m[i][j] * m[i][j];
                total += square;
                if (i != j) {
                    off += square;
                }
            }
        }
        return off <= 1e-32 * total;
    }

    private static SymmetricEigen sorted(double[][] m, double[][] v) {
        int n = m.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(m[i][i], m[j][j]));
        double[] values = new double[n];
        double[][] vectors = new double[n][n];
        for (int k = 0; k < n; k++) {
            int column = order[k];
            values[k] = m[column][column];
            int largest = 0;
            for (int i = 0; i < n; i++) {
                vectors[k][i] = v[i][column];
                if (Math.abs(v[i][column]) > Math.abs(v[largest][column])) {
                    largest = i;
                }
            }
            if (v[largest][column] < 0.0) {
                for (int i = 0; i < n; i++) {
                    vectors[k][i] = -vectors[k][i];
                }
            }
        }
        return new SymmetricEigen(values, vectors);
    }

    private static double[][] symmetricCopy(double[][] a) {
        int n = a.length;
        double largest = 0.0;
        for (int i = 0; i < n; i++) {
            if (a[i].length != n) {
                throw new CalculusException(CalculusException.Key.NOT_SQUARE, n, i + 1, a[i].length);
            }
            for (int j = 0; j < n; j++) {
                if (!Double.isFinite(a[i][j])) {
                    throw new CalculusException(CalculusException.Key.NOT_FINITE, i + 1, j + 1, a[i][j]);
                }
                largest = Math.max(largest, Math.abs(a[i][j]));
            }
        }
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (Math.abs(a[i][j] - a[j][i]) > SYMMETRY_TOLERANCE * Math.max(1.0, largest)) {
                    throw new CalculusException(
                            CalculusException.Key.NOT_SYMMETRIC, i + 1, j + 1, a[i][j], j + 1, i + 1, a[j][i]);
                }
                m[i][j] = 0.5 * (a[i][j] + a[j][i]);
            }
        }
        return m;
    }

    /** The number of rows (and of eigenvalues). */
    public int size() {
        return values.length;
    }

    /** The eigenvalues, ascending. */
    public double[] values() {
        return values.clone();
    }

    /** The unit eigenvector of {@code values()[k]}. */
    public double[] vector(int k) {
        return vectors[k].clone();
    }
}
