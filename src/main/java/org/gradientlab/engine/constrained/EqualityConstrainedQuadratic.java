package org.gradientlab.engine.constrained;

/**
 * The problem: minimise f(x) = ½·xᵀQx + cᵀx + k subject to g(x) = A·x − b = 0 (one row of A per
 * constraint). Only the symmetric part of Q matters to f, so ½(Q + Qᵀ) is used. Example: x² + y²
 * subject to x + y − 1 = 0 is Q = 2I, c = 0, k = 0, A = [[1, 1]], b = [1].
 * Arrays are copied on the way in and out; {@link LagrangeMultipliers#solve} checks the shapes.
 */
public record EqualityConstrainedQuadratic(double[][] q, double[] c, double k, double[][] a, double[] b) {

    public EqualityConstrainedQuadratic {
        q = copy(q);
        c = c.clone();
        a = copy(a);
        b = b.clone();
    }

    @Override
    public double[][] q() {
        return copy(q);
    }

    @Override
    public double[] c() {
        return c.clone();
    }

    @Override
    public double[][] a() {
        return copy(a);
    }

    @Override
    public double[] b() {
        return b.clone();
    }

    /** The number of variables n. */
    public int variables() {
        return c.length;
    }

    /** The number of constraints m. */
    public int constraints() {
        return b.length;
    }

    /** f(x) = ½·xᵀQx + cᵀx + k. */
    public double value(double[] x) {
        double quadratic = 0;
        double linear = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                quadratic += x[i] * q[i][j] * x[j];
            }
            linear += c[i] * x[i];
        }
        return 0.5 * quadratic + linear + k;
    }

    /** ∇f(x) = ½(Q + Qᵀ)·x + c. */
    public double[] gradient(double[] x) {
        double[] g = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double s = c[i];
            for (int j = 0; j < x.length; j++) {
                s += 0.5 * (q[i][j] + q[j][i]) * x[j];
            }
            g[i] = s;
        }
        return g;
    }

    /** g(x) = A·x − b. */
    public double[] constraintValues(double[] x) {
        double[] g = new double[b.length];
        for (int r = 0; r < b.length; r++) {
            double s = -b[r];
            for (int j = 0; j < x.length; j++) {
                s += a[r][j] * x[j];
            }
            g[r] = s;
        }
        return g;
    }

    static double[][] copy(double[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
        }
        return out;
    }
}
