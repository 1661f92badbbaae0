package org.gradientlab.engine.optim;

/**
 * Solves A·d = b for a small dense A by Gaussian elimination with partial pivoting, in work arrays
 * allocated once. A singular A yields non-finite entries in d rather than an exception, so a Newton run
 * on such a point is reported as diverged.
 */
final class LinearSolver {

    private final double[][] work;
    private final double[] rhs;

    LinearSolver(int n) {
        work = new double[n][n];
        rhs = new double[n];
    }

    /** Writes the solution of a·d = b into d; a and b are left unchanged. */
    void solve(double[][] a, double[] b, double[] d) {
        int n = rhs.length;
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, work[i], 0, n);
        }
        System.arraycopy(b, 0, rhs, 0, n);
        for (int col = 0; col < n; col++) {
            swapRows(col, pivotRow(col));
            for (int row = col + 1; row < n; row++) {
                double factor = work[row][col] / work[col][col];
                for (int j = col; j < n; j++) {
                    work[row][j] -= factor * work[col][j];
                }
                rhs[row] -= factor * rhs[col];
            }
        }
        for (int row = n - 1; row >= 0; row--) {
            double sum = rhs[row];
            for (int j = row + 1; j < n; j++) {
                sum -= work[row][j] * d[j];
            }
            d[row] = sum / work[row][row];
        }
    }

    private int pivotRow(int col) {
        int best = col;
        for (int row = col + 1; row < rhs.length; row++) {
            if (Math.abs(work[row][col]) > Math.abs(work[best][col])) {
                best = row;
            }
        }
        return best;
    }

    private void swapRows(int i, int j) {
        if (i != j) {
            double[] row = work[i];
            work[i] = work[j];
            work[j] = row;
            double value = rhs[i];
            rhs[i] = rhs[j];
            rhs[j] = value;
        }
    }
}
