package org.gradientlab.engine.constrained;

/**
 * The reduced row echelon form of the constraint system [A | b]: its rank, whether it is consistent,
 * and a basis Z of the null space of A (the directions along which every constraint stays satisfied).
 */
final class RowEchelon {

    final int rank;
    final boolean consistent;
    /** Columns are the basis vectors: n × (n − rank). */
    final double[][] nullSpace;

    RowEchelon(double[][] a, double[] b, int n) {
        int m = b.length;
        double[][] r = new double[m][n + 1];
        double largest = 0;
        double largestB = 0;
        for (int i = 0; i < m; i++) {
            System.arraycopy(a[i], 0, r[i], 0, n);
            r[i][n] = b[i];
            for (int j = 0; j < n; j++) {
                largest = Math.max(largest, Math.abs(a[i][j]));
            }
            largestB = Math.max(largestB, Math.abs(b[i]));
        }
        double tolerance = Math.max(m, n) * 1e-12 * largest;
        int[] pivotColumn = new int[m];
        boolean[] isPivot = new boolean[n];
        int row = 0;
        for (int col = 0; col < n && row < m; col++) {
            int best = row;
            for (int i = row + 1; i < m; i++) {
                if (Math.abs(r[i][col]) > Math.abs(r[best][col])) {
                    best = i;
                }
            }
            if (!(Math.abs(r[best][col]) > tolerance)) {
                continue;
            }
            double[] swap = r[row];
            r[row] = r[best];
            r[best] = swap;
            double pivot = r[row][col];
            for (int j = col; j <= n; j++) {
                r[row][j] /= pivot;
            }
            for (int i = 0; i < m; i++) {
                double factor = r[i][col];
                if (i != row && factor != 0) {
                    for (int j = col; j <= n; j++) {
                        r[i][j] -= factor * r[row][j];
                    }
                }
            }
            pivotColumn[row] = col;
            isPivot[col] = true;
            row++;
        }
        rank = row;
        boolean ok = true;
        for (int i = rank; i < m; i++) {
            // A zero row of A must come with a zero right-hand side, up to the round-off of elimination.
            if (Math.abs(r[i][n]) > 1e-10 * (largestB + largest)) {
                ok = false;
            }
        }
        consistent = ok;
        nullSpace = new double[n][n - rank];
        int k = 0;
        for (int free = 0; free < n; free++) {
            if (isPivot[free]) {
                continue;
            }
            nullSpace[free][k] = 1;
            for (int i = 0; i < rank; i++) {
                nullSpace[pivotColumn[i]][k] = -r[i][free];
            }
            k++;
        }
    }
}
