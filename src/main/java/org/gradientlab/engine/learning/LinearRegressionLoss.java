package org.gradientlab.engine.learning;

import org.gradientlab.engine.function.DifferentiableFunction;

/**
 * The mean squared error of the line y = w·x + b as a function of its parameters p = (w, b):
 * L(w, b) = (1/n)·Σ (w·xᵢ + b − yᵢ)², with ∂L/∂w = (2/n)·Σ (w·xᵢ + b − yᵢ)·xᵢ and
 * ∂L/∂b = (2/n)·Σ (w·xᵢ + b − yᵢ). L is quadratic, so its Hessian is the constant
 * H = 2·[[mean x², mean x], [mean x, 1]]; gradient descent on L converges iff 0 &lt; α &lt; 2/λmax(H).
 */
public final class LinearRegressionLoss implements DifferentiableFunction {

    private final double[] x;
    private final double[] y;

    /** The loss of a line on this data. */
    public LinearRegressionLoss(LinearData data) {
        this.x = data.x;
        this.y = data.y;
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double value(double[] p) {
        return value(p[0], p[1]);
    }

    /** L(w, b). */
    public double value(double w, double b) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double r = w * x[i] + b - y[i];
            sum += r * r;
        }
        return sum / x.length;
    }

    @Override
    public double valueAndGradient(double[] p, double[] gradient) {
        double w = p[0];
        double b = p[1];
        double squares = 0;
        double residualTimesX = 0;
        double residuals = 0;
        for (int i = 0; i < x.length; i++) {
            double r = w * x[i] + b - y[i];
            squares += r * r;
            residualTimesX += r * x[i];
            residuals += r;
        }
        int n = x.length;
        gradient[0] = 2 * (residualTimesX / n);
        gradient[1] = 2 * (residuals / n);
        return squares / n;
    }

    /** The constant Hessian H = 2·[[mean x², mean x], [mean x, 1]]. */
    public double[][] hessian() {
        double sumSquares = 0;
        double sum = 0;
        for (double xi : x) {
            sumSquares += xi * xi;
            sum += xi;
        }
        double meanSquare = sumSquares / x.length;
        double mean = sum / x.length;
        return new double[][] {{2 * meanSquare, 2 * mean}, {2 * mean, 2.0}};
    }

    /**
     * The eigenvalues of the Hessian, ascending: λmax = (a+d)/2 + √(((a−d)/2)² + c²) for
     * H = [[a, c], [c, d]], and λmin = det H / λmax, which avoids the cancellation of the
     * subtractive formula when H is ill-conditioned.
     */
    public double[] hessianEigenvalues() {
        double[][] h = hessian();
        double a = h[0][0];
        double c = h[0][1];
        double d = h[1][1];
        double lambdaMax = (a + d) / 2 + Math.hypot((a - d) / 2, c);
        double lambdaMin = (a * d - c * c) / lambdaMax;
        return new double[] {lambdaMin, lambdaMax};
    }

    /** 2/λmax(H): gradient descent with a constant learning rate converges iff α is below it. */
    public double stableLearningRateLimit() {
        return 2 / hessianEigenvalues()[1];
    }

    /**
     * The minimiser of L, the least-squares line: w = Σ(xᵢ − x̄)(yᵢ − ȳ) / Σ(xᵢ − x̄)², b = ȳ − w·x̄.
     *
     * @throws LearningException if all xᵢ are equal (the line is not determined)
     */
    public Line leastSquares() {
        int n = x.length;
        double xMean = 0;
        double yMean = 0;
        for (int i = 0; i < n; i++) {
            xMean += x[i];
            yMean += y[i];
        }
        xMean /= n;
        yMean /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - xMean;
            sxy += dx * (y[i] - yMean);
            sxx += dx * dx;
        }
        if (sxx == 0) {
            throw new LearningException(LearningMessage.SINGULAR_FEATURES);
        }
        double w = sxy / sxx;
        double b = yMean - w * xMean;
        return new Line(w, b, value(w, b));
    }

    /** A line y = w·x + b and its mean squared error on the data. */
    public record Line(double w, double b, double loss) {}
}
