package org.gradientlab.engine.constrained;

import java.util.Arrays;
import java.util.Optional;

/**
 * Solves an {@link EqualityConstrainedQuadratic} by Lagrange multipliers with the convention
 * L(x, λ) = f(x) + λᵀ·g(x). Setting ∇ₓL = 0 and g = 0 gives the linear KKT system
 *
 * <pre>
 *   [ Q  Aᵀ ] [ x ]   [ −c ]
 *   [ A  0  ] [ λ ] = [  b ]
 * </pre>
 *
 * solved by {@link GaussianElimination}. Example: min x² + y² s.t. x + y − 1 = 0 gives
 * x = y = ½, λ = −1, f = ½, with ∇f = (1, 1) = −λ·∇g. The point is then classified by the reduced
 * Hessian ({@link StationaryPointKind}), since a stationary point of L need not be a minimum.
 */
public final class LagrangeMultipliers {

    private LagrangeMultipliers() {}

    /** The stationary point of the Lagrangian, or a keyed reason why there is no unique one. */
    public static LagrangeResult solve(EqualityConstrainedQuadratic problem) {
        Optional<LagrangeResult.Failure> malformed = checkShapes(problem);
        if (malformed.isPresent()) {
            return malformed.get();
        }
        int n = problem.variables();
        int m = problem.constraints();
        double[][] q = symmetricPart(problem.q());
        double[][] a = problem.a();
        double[] b = problem.b();
        RowEchelon echelon = new RowEchelon(a, b, n);
        if (!echelon.consistent) {
            return LagrangeResult.Failure.of(ConstrainedMessage.INCONSISTENT_CONSTRAINTS);
        }
        if (echelon.rank < m) {
            return LagrangeResult.Failure.of(ConstrainedMessage.REDUNDANT_CONSTRAINTS);
        }
        double[][] kkt = new double[n + m][n + m];
        double[] rhs = new double[n + m];
        double[] c = problem.c();
        for (int i = 0; i < n; i++) {
            System.arraycopy(q[i], 0, kkt[i], 0, n);
            rhs[i] = -c[i];
        }
        for (int r = 0; r < m; r++) {
            for (int j = 0; j < n; j++) {
                kkt[n + r][j] = a[r][j];
                kkt[j][n + r] = a[r][j];
            }
            rhs[n + r] = b[r];
        }
        Optional<double[]> solved = GaussianElimination.solve(kkt, rhs);
        if (solved.isEmpty()) {
            return LagrangeResult.Failure.of(ConstrainedMessage.NO_UNIQUE_STATIONARY_POINT);
        }
        double[] x = Arrays.copyOf(solved.get(), n);
        double[] lambda = Arrays.copyOfRange(solved.get(), n, n + m);
        return new LagrangeResult.Solution(
                x, lambda, problem.value(x), problem.gradient(x), a, classify(q, echelon.nullSpace));
    }

    private static StationaryPointKind classify(double[][] q, double[][] z) {
        int n = q.length;
        int k = z.length == 0 ? 0 : z[0].length;
        if (k == 0) {
            return StationaryPointKind.ONLY_FEASIBLE_POINT;
        }
        double[][] reduced = new double[k][k];
        for (int p = 0; p < k; p++) {
            for (int s = 0; s < k; s++) {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        sum += z[i][p] * q[i][j] * z[j][s];
                    }
                }
                reduced[p][s] = sum;
            }
        }
        if (isPositiveDefinite(reduced, 1)) {
            return StationaryPointKind.MINIMUM;
        }
        if (isPositiveDefinite(reduced, -1)) {
            return StationaryPointKind.MAXIMUM;
        }
        return StationaryPointKind.SADDLE;
    }

    /** Whether sign·H is positive definite: a Cholesky factorisation meets only positive pivots. */
    private static boolean isPositiveDefinite(double[][] h, int sign) {
        int k = h.length;
        double[][] l = new double[k][k];
        for (int j = 0; j < k; j++) {
            double d = sign * h[j][j];
            for (int p = 0; p < j; p++) {
                d -= l[j][p] * l[j][p];
            }
            if (!(d > 0)) {
                return false;
            }
            l[j][j] = Math.sqrt(d);
            for (int i = j + 1; i < k; i++) {
                double s = sign * h[i][j];
                for (int p = 0; p < j; p++) {
                    s -= l[i][p] * l[j][p];
                }
                l[i][j] = s / l[j][j];
            }
        }
        return true;
    }

    private static double[][] symmetricPart(double[][] q) {
        int n = q.length;
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s[i][j] = 0.5 * (q[i][j] + q[j][i]);
            }
        }
        return s;
    }

    private static Optional<LagrangeResult.Failure> checkShapes(EqualityConstrainedQuadratic p) {
        int n = p.variables();
        int m = p.constraints();
        if (n == 0) {
            return Optional.of(LagrangeResult.Failure.of(ConstrainedMessage.EMPTY_PROBLEM));
        }
        double[][] q = p.q();
        if (q.length != n) {
            return shape("Q", n + " × " + n, q.length + " rows");
        }
        for (double[] row : q) {
            if (row.length != n) {
                return shape("Q", n + " × " + n, "a row of " + row.length);
            }
        }
        double[][] a = p.a();
        if (a.length != m) {
            return shape("A", m + " rows (one per constraint)", a.length + " rows");
        }
        for (double[] row : a) {
            if (row.length != n) {
                return shape("A", "rows of " + n, "a row of " + row.length);
            }
        }
        if (!allFinite(q) || !allFinite(new double[][] {p.c(), {p.k()}})) {
            return Optional.of(LagrangeResult.Failure.of(ConstrainedMessage.NOT_FINITE, "f"));
        }
        if (!allFinite(a) || !allFinite(new double[][] {p.b()})) {
            return Optional.of(LagrangeResult.Failure.of(ConstrainedMessage.NOT_FINITE, "the constraints"));
        }
        return Optional.empty();
    }

    private static Optional<LagrangeResult.Failure> shape(String what, String expected, String actual) {
        return Optional.of(LagrangeResult.Failure.of(ConstrainedMessage.SHAPE_MISMATCH, what, expected, actual));
    }

    private static boolean allFinite(double[][] rows) {
        for (double[] row : rows) {
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
        }
        return true;
    }
}
