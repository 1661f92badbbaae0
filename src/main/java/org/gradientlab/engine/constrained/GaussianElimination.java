package org.gradientlab.engine.constrained;

import java.util.Optional;

/**
 * Solves a small dense square system A·x = b by Gaussian elimination with partial pivoting (at each
 * column the row with the largest remaining entry becomes the pivot row), then back substitution.
 * A pivot below n·10⁻¹² times the largest entry of A counts as zero: the system is then reported as
 * singular instead of returning a meaningless solution.
 */
public final class GaussianElimination {

    private GaussianElimination() {}

    /**
     * The solution of A·x = b, or empty if A is (numerically) singular. A and b are not modified.
     *
     * @throws IllegalArgumentException if A is not n × n or b is not of length n
     */
    public static Optional<double[]> solve(double[][] a, double[] b) {
        int n = b.length;
        if (a.length != n) {
            throw new IllegalArgumentException("matrix has " + a.length + " rows, right-hand side " + n);
        }
        double[][] m = new double[n][];
        double largest = 0;
        for (int i = 0; i < n; i++) {
            if (a[i].length != n) {
                throw new IllegalArgumentException("row " + (i + 1) + " has " + a[i].length + " entries, not " + n);
            }
            m[i] = new double[n + 1];
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
            for (double v : a[i]) {
                largest = Math.max(largest, Math.abs(v));
            }
        }
        double tolerance = n * 1e-12 * largest;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            if (!(Math.abs(m[pivot][col]) > tolerance)) {
                return Optional.empty();
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            for (int r = col + 1; r < n; r++) {
                double factor = m[r][col] / m[col][col];
                if (factor != 0) {
                    for (int c = col; c <= n; c++) {
                        m[r][c] -= factor * m[col][c];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = m[i][n];
            for (int c = i + 1; c < n; c++) {
                s -= m[i][c] * x[c];
            }
            x[i] = s / m[i][i];
        }
        return Optional.of(x);
    }
}
