package org.gradientlab.engine.learning;

import java.util.Arrays;
import org.gradientlab.engine.function.DifferentiableFunction;

/**
 * The mean squared error of one mini-batch B, L_B(w) = (1/|B|)·Σ_{i∈B} (xᵢ·w − yᵢ)², with gradient
 * (2/|B|)·Σ_{i∈B} (xᵢ·w − yᵢ)·xᵢ. The batch is a window of an index array, reselected in place so
 * training allocates nothing per batch.
 */
final class RegressionBatchLoss implements DifferentiableFunction {

    private final RegressionData data;
    private int[] indices;
    private int from;
    private int to;

    RegressionBatchLoss(RegressionData data) {
        this.data = data;
    }

    /** Makes the batch {@code indices[from..to)}. */
    void select(int[] indices, int from, int to) {
        this.indices = indices;
        this.from = from;
        this.to = to;
    }

    @Override
    public int dimension() {
        return data.features;
    }

    @Override
    public double value(double[] w) {
        double sum = 0;
        for (int k = from; k < to; k++) {
            int i = indices[k];
            double r = RegressionData.dot(data.x, i * data.features, w) - data.y[i];
            sum += r * r;
        }
        return sum / (to - from);
    }

    @Override
    public double valueAndGradient(double[] w, double[] gradient) {
        int d = data.features;
        double scale = 2.0 / (to - from);
        Arrays.fill(gradient, 0, d, 0.0);
        double sum = 0;
        for (int k = from; k < to; k++) {
            int i = indices[k];
            int row = i * d;
            double r = RegressionData.dot(data.x, row, w) - data.y[i];
            sum += r * r;
            for (int j = 0; j < d; j++) {
                gradient[j] += scale * data.x[row + j] * r;
            }
        }
        return sum / (to - from);
    }
}
