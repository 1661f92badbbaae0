package org.gradientlab.engine.learning;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.engine.optim.Optimizer;

/**
 * Fits the line y = w·x + b by minimising the mean squared error ({@link LinearRegressionLoss}) with
 * any {@link Optimizer}, one full-batch update per epoch.
 */
public final class LinearRegression {

    private LinearRegression() {}

    /**
     * Trains from (w0, b0) for {@code epochs} full-batch updates and records every epoch. The run keeps
     * going when the loss overflows, so a diverging learning rate shows where it became non-finite.
     */
    public static LinearRegressionRun train(LinearData data, Optimizer optimizer, double w0, double b0, int epochs) {
        Checks.nonNegative("epochs", epochs);
        Checks.finite("w0", w0);
        Checks.finite("b0", b0);
        LinearRegressionLoss loss = new LinearRegressionLoss(data);
        double[] p = {w0, b0};
        List<LinearRegressionRun.Snapshot> snapshots = new ArrayList<>(epochs + 1);
        for (int epoch = 0; epoch <= epochs; epoch++) {
            snapshots.add(new LinearRegressionRun.Snapshot(epoch, p[0], p[1], loss.value(p)));
            if (epoch < epochs) {
                optimizer.step(p, loss);
            }
        }
        return new LinearRegressionRun(snapshots);
    }
}
