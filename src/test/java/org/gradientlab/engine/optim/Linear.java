package org.gradientlab.engine.optim;

import org.gradientlab.engine.function.DifferentiableFunction;

/** f(x) = aᵀx: a constant gradient a, so each optimizer's step size can be read off exactly. */
record Linear(double[] slope) implements DifferentiableFunction {

    @Override
    public int dimension() {
        return slope.length;
    }

    @Override
    public double value(double[] x) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += slope[i] * x[i];
        }
        return sum;
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradient) {
        System.arraycopy(slope, 0, gradient, 0, slope.length);
        return value(x);
    }
}
