package org.gradientlab.engine.landscape;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Rosenbrock's banana function (1 − x)² + 100(y − x²)²: gradient (−2(1 − x) − 400x(y − x²), 200(y − x²)),
 * Hessian [[2 − 400y + 1200x², −400x], [−400x, 200]], a single minimum 0 at (1, 1) at the end of a long,
 * curved, nearly flat valley.
 */
final class RosenbrockLandscape implements Landscape {

    private static final List<String> VARIABLES = List.of("x", "y");
    private static final List<CriticalPoint> CRITICAL_POINTS =
            List.of(new CriticalPoint(new double[] {1, 1}, 0, CriticalPoint.Kind.GLOBAL_MINIMUM));
    private static final PlotWindow WINDOW = new PlotWindow(-2.5, 2.5, -1, 3.5);

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double value(double[] p) {
        double a = 1 - p[0];
        double b = p[1] - p[0] * p[0];
        return a * a + 100 * (b * b);
    }

    @Override
    public double valueAndGradient(double[] p, double[] gradient) {
        double x = p[0];
        double a = 1 - x;
        double b = p[1] - x * x;
        gradient[0] = -2 * a - 400 * x * b;
        gradient[1] = 200 * b;
        return a * a + 100 * (b * b);
    }

    @Override
    public void hessian(double[] p, double[][] hessian) {
        double x = p[0];
        hessian[0][0] = 2 - 400 * p[1] + 1200 * x * x;
        hessian[0][1] = -400 * x;
        hessian[1][0] = -400 * x;
        hessian[1][1] = 200;
    }

    @Override
    public String id() {
        return "rosenbrock";
    }

    @Override
    public String name() {
        return "Rosenbrock";
    }

    @Override
    public String formula() {
        return "(1-x)^2 + 100(y-x^2)^2";
    }

    @Override
    public List<String> variables() {
        return VARIABLES;
    }

    @Override
    public List<CriticalPoint> criticalPoints() {
        return CRITICAL_POINTS;
    }

    @Override
    public OptionalDouble minimumValue() {
        return OptionalDouble.of(0);
    }

    @Override
    public PlotWindow window() {
        return WINDOW;
    }
}
