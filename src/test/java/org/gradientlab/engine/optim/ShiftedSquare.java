package org.gradientlab.engine.optim;

import org.gradientlab.engine.function.DifferentiableFunction;

/**
 * ‖x − c‖² + offset with gradient 2(x − c), computed as the course's NumPy code does: the reference
 * cases on x², (x − 3)², ‖x − c‖² and (x − 2)² + 1 are not catalogue landscapes.
 */
record ShiftedSquare(double[] centre, double offset) implements DifferentiableFunction {

    static ShiftedSquare scalar(double centre) {
        return new ShiftedSquare(new double[] {centre}, 0);
    }

    @Override
    public int dimension() {
        return centre.length;
    }

    @Override
    public double value(double[] x) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double d = x[i] - centre[i];
            sum += d * d;
        }
        return sum + offset;
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradient) {
        for (int i = 0; i < x.length; i++) {
            gradient[i] = 2 * (x[i] - centre[i]);
        }
        return value(x);
    }
}
