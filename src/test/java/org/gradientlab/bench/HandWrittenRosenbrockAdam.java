package org.gradientlab.bench;

/**
 * Adam on the Rosenbrock function f(x, y) = (1 − x)² + 100(y − x²)², written out by hand in plain Java: the
 * closed-form gradient ∇f = (−2(1 − x) − 400x(y − x²), 200(y − x²)) and the update of {@code torch.optim.Adam}
 * (β1 = 0.9, β2 = 0.999, ε = 1e-8, bias-corrected, ε outside the root) in torch's operation order. The baseline
 * that the engine's compiled evaluator plus its Adam is measured against.
 */
final class HandWrittenRosenbrockAdam {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPS = 1e-8;

    private final double lr;
    private final double x0;
    private final double y0;
    private double x;
    private double y;
    private double mx;
    private double my;
    private double vx;
    private double vy;
    private int t;

    HandWrittenRosenbrockAdam(double lr, double x0, double y0) {
        this.lr = lr;
        this.x0 = x0;
        this.y0 = y0;
        restart();
    }

    /** Back to the start point with zero moments and t = 0. */
    void restart() {
        x = x0;
        y = y0;
        mx = 0;
        my = 0;
        vx = 0;
        vy = 0;
        t = 0;
    }

    /** One update; returns f where the gradient was taken (before the update), as the engine's step does. */
    double step() {
        double a = 1 - x;
        double b = y - x * x;
        double f = a * a + 100 * b * b;
        double gx = -2 * a - 400 * x * b;
        double gy = 200 * b;
        t++;
        double oneMinusBeta1 = 1 - BETA1;
        double oneMinusBeta2 = 1 - BETA2;
        mx = mx * BETA1 + gx * oneMinusBeta1;
        my = my * BETA1 + gy * oneMinusBeta1;
        vx = vx * BETA2 + gx * gx * oneMinusBeta2;
        vy = vy * BETA2 + gy * gy * oneMinusBeta2;
        double stepSize = lr / (1 - Math.pow(BETA1, t));
        double correction2Root = Math.sqrt(1 - Math.pow(BETA2, t));
        x = x - stepSize * mx / (Math.sqrt(vx) / correction2Root + EPS);
        y = y - stepSize * my / (Math.sqrt(vy) / correction2Root + EPS);
        return f;
    }

    int steps() {
        return t;
    }

    double x() {
        return x;
    }

    double y() {
        return y;
    }
}
