package org.gradientlab.engine.landscape;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A separable quadratic a1(x1 − c1)² + a2(x2 − c2)² with a1, a2 > 0: gradient (2a1(x1 − c1), 2a2(x2 − c2)),
 * constant Hessian diag(2a1, 2a2) (so its eigenvalues are 2a1 and 2a2), unique minimum 0 at (c1, c2).
 */
final class QuadraticLandscape implements Landscape {

    private final String id;
    private final String name;
    private final String formula;
    private final List<String> variables;
    private final double a1;
    private final double c1;
    private final double a2;
    private final double c2;
    private final PlotWindow window;
    private final List<CriticalPoint> criticalPoints;

    QuadraticLandscape(
            String id,
            String name,
            String formula,
            List<String> variables,
            double[] coefficients,
            double[] centre,
            PlotWindow window) {
        this.id = id;
        this.name = name;
        this.formula = formula;
        this.variables = List.copyOf(variables);
        this.a1 = coefficients[0];
        this.a2 = coefficients[1];
        this.c1 = centre[0];
        this.c2 = centre[1];
        this.window = window;
        this.criticalPoints = List.of(new CriticalPoint(centre, 0, CriticalPoint.Kind.GLOBAL_MINIMUM));
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double value(double[] x) {
        double d1 = x[0] - c1;
        double d2 = x[1] - c2;
        return a1 * (d1 * d1) + a2 * (d2 * d2);
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradient) {
        double d1 = x[0] - c1;
        double d2 = x[1] - c2;
        gradient[0] = 2 * a1 * d1;
        gradient[1] = 2 * a2 * d2;
        return a1 * (d1 * d1) + a2 * (d2 * d2);
    }

    @Override
    public void hessian(double[] x, double[][] hessian) {
        hessian[0][0] = 2 * a1;
        hessian[0][1] = 0;
        hessian[1][0] = 0;
        hessian[1][1] = 2 * a2;
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
        return variables;
    }

    @Override
    public List<CriticalPoint> criticalPoints() {
        return criticalPoints;
    }

    @Override
    public OptionalDouble minimumValue() {
        return OptionalDouble.of(0);
    }

    @Override
    public PlotWindow window() {
        return window;
    }
}
