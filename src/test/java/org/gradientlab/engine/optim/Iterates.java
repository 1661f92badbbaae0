package org.gradientlab.engine.optim;

import org.gradientlab.engine.function.DifferentiableFunction;

/** Iterates of an optimizer stepped directly, without the runner's stop rules: row k = point after k updates. */
final class Iterates {

    private Iterates() {}

    static double[][] of(Optimizer optimizer, DifferentiableFunction f, double[] start, int steps) {
        double[][] rows = new double[steps + 1][];
        double[] x = start.clone();
        rows[0] = x.clone();
        for (int k = 1; k <= steps; k++) {
            optimizer.step(x, f);
            rows[k] = x.clone();
        }
        return rows;
    }
}
