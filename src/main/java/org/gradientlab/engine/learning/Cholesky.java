package org.gradientlab.engine.learning;

/** Solves A x = b for symmetric positive-definite A through A = L·Lᵀ (normal equations of least squares). */
final class Cholesky {

    private Cholesky() {}

    /**
     * @throws LearningException if A is not numerically positive definite
     */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] l = new double[n][n];
        double largestDiagonal = 0;
        for (int i = 0; i < n; i++) {
            largestDiagonal = Math.max(largestDiagonal, Math.abs(a[i][i]));
        }
        // A pivot this small relative to A means the columns are dependent up to round-off.
        double tolerance = largestDiagonal * n * 1e-14;
        for (int j = 0; j < n; j++) {
            double diagonal = a[j][j];
            for (int k = 0; k < j; k++) {
                diagonal -= l[j][k] * l[j][k];
            }
            if (!(diagonal > tolerance)) {
                throw new LearningException(LearningMessage.SINGULAR_FEATURES);
            }
            l[j][j] = Math.sqrt(diagonal);
            for (int i = j + 1; i < n; i++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = s / l[j][j];
            }
        }
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * z[k];
            }
            z[i] = s / l[i][i];
        }
        double[] solution = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = z[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k][i] * solution[k];
            }
            solution[i] = s / l[i][i];
        }
        return solution;
    }
}
