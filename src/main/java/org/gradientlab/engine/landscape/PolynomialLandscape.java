package org.gradientlab.engine.landscape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A polynomial of one variable, p(x) = Σ c_i x^i, with p', p'' in closed form. Its stationary points
 * are found once, precisely, by Newton's method on p' from the given seeds (one per root of p', each in
 * that root's basin) and classified by the sign of p''. When p is bounded below (even degree, positive
 * leading coefficient) the lowest minimum is global and f* is its value; otherwise (e.g. a cubic) every
 * minimum is local and there is no f*.
 */
final class PolynomialLandscape implements Landscape {

    private static final int NEWTON_ITERATIONS = 100;
    private static final List<String> VARIABLES = List.of("x");

    private final String id;
    private final String name;
    private final String formula;
    private final double[] c;
    private final PlotWindow window;
    private final List<CriticalPoint> criticalPoints;
    private final OptionalDouble minimumValue;

    PolynomialLandscape(
            String id, String name, String formula, double[] coefficients, double[] seeds, PlotWindow window) {
        this.id = id;
        this.name = name;
        this.formula = formula;
        this.c = coefficients.clone();
        this.window = window;
        this.criticalPoints = findCriticalPoints(seeds);
        this.minimumValue = boundedBelow() && !criticalPoints.isEmpty()
                ? OptionalDouble.of(criticalPoints.get(0).value())
                : OptionalDouble.empty();
    }

    @Override
    public int dimension() {
        return 1;
    }

    @Override
    public double value(double[] x) {
        return p(x[0]);
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradient) {
        gradient[0] = dp(x[0]);
        return p(x[0]);
    }

    @Override
    public void hessian(double[] x, double[][] hessian) {
        hessian[0][0] = d2p(x[0]);
    }

    /** p(x), highest power first, as the formula is written. */
    private double p(double x) {
        double sum = 0;
        for (int i = c.length - 1; i >= 0; i--) {
            sum += c[i] * power(x, i);
        }
        return sum;
    }

    private double dp(double x) {
        double sum = 0;
        for (int i = c.length - 1; i >= 1; i--) {
            sum += (i * c[i]) * power(x, i - 1);
        }
        return sum;
    }

    private double d2p(double x) {
        double sum = 0;
        for (int i = c.length - 1; i >= 2; i--) {
            sum += (i * (i - 1) * c[i]) * power(x, i - 2);
        }
        return sum;
    }

    private static double power(double x, int n) {
        double result = 1;
        for (int k = 0; k < n; k++) {
            result *= x;
        }
        return result;
    }

    private boolean boundedBelow() {
        int degree = c.length - 1;
        return degree % 2 == 0 && c[degree] > 0;
    }

    private List<CriticalPoint> findCriticalPoints(double[] seeds) {
        double[] roots = new double[seeds.length];
        double lowestMinimum = Double.POSITIVE_INFINITY;
        for (int i = 0; i < seeds.length; i++) {
            roots[i] = stationaryPoint(seeds[i]);
            if (d2p(roots[i]) > 0) {
                lowestMinimum = Math.min(lowestMinimum, p(roots[i]));
            }
        }
        List<CriticalPoint> points = new ArrayList<>();
        for (double root : roots) {
            points.add(new CriticalPoint(new double[] {root}, p(root), kind(root, lowestMinimum)));
        }
        points.sort(Comparator.comparing((CriticalPoint p) -> p.kind() != CriticalPoint.Kind.GLOBAL_MINIMUM)
                .thenComparingDouble(p -> p.point()[0]));
        return List.copyOf(points);
    }

    private CriticalPoint.Kind kind(double x, double lowestMinimum) {
        double curvature = d2p(x);
        if (curvature > 0) {
            return boundedBelow() && p(x) == lowestMinimum
                    ? CriticalPoint.Kind.GLOBAL_MINIMUM
                    : CriticalPoint.Kind.LOCAL_MINIMUM;
        }
        return curvature < 0 ? CriticalPoint.Kind.LOCAL_MAXIMUM : CriticalPoint.Kind.SADDLE_POINT;
    }

    /**
     * Newton's method on p'. It converges quadratically within a few iterations and then hops between
     * neighbouring doubles, so it keeps the iterate with the smallest |p'| seen.
     */
    private double stationaryPoint(double seed) {
        double x = seed;
        double best = seed;
        for (int i = 0; i < NEWTON_ITERATIONS; i++) {
            x = x - dp(x) / d2p(x);
            if (Math.abs(dp(x)) < Math.abs(dp(best))) {
                best = x;
            }
        }
        return best;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String formula() {
        return formula;
    }

    @Override
    public List<String> variables() {
        return VARIABLES;
    }

    @Override
    public List<CriticalPoint> criticalPoints() {
        return criticalPoints;
    }

    @Override
    public OptionalDouble minimumValue() {
        return minimumValue;
    }

    @Override
    public PlotWindow window() {
        return window;
    }
}
