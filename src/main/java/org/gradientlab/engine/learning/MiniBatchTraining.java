package org.gradientlab.engine.learning;

import java.util.Arrays;
import org.gradientlab.engine.optim.Optimizer;

/**
 * Mini-batch training of a linear model on {@link RegressionData}: each epoch visits the samples in
 * a fresh random order, in consecutive batches of b (the last one may be smaller), one optimizer
 * update per batch on that batch's mean squared error. With b ≥ n every epoch is one full-batch
 * update and no random order is drawn.
 */
public final class MiniBatchTraining {

    /** A batch size meaning "the whole data set". */
    public static final int FULL_BATCH = Integer.MAX_VALUE;

    private MiniBatchTraining() {}

    /**
     * Trains from {@code w0} until the full-data loss after an epoch falls below {@code stopLoss} or
     * {@code maxEpochs} epochs have run.
     */
    public static MiniBatchRun train(
            RegressionData data,
            int batchSize,
            Optimizer optimizer,
            double[] w0,
            int maxEpochs,
            double stopLoss,
            IndexSampler sampler) {
        Checks.positive("batch size", batchSize);
        Checks.positive("epochs", maxEpochs);
        Checks.sameLength("w0", w0.length, "features", data.features);
        int n = data.size;
        int b = Math.min(batchSize, n);
        double[] w = w0.clone();
        RegressionBatchLoss batchLoss = new RegressionBatchLoss(data);
        double[] losses = new double[maxEpochs];
        int epochs = 0;
        int[] inOrder = identity(n);
        while (epochs < maxEpochs) {
            int[] order = b < n ? sampler.permutation(n) : inOrder;
            for (int from = 0; from < n; from += b) {
                batchLoss.select(order, from, Math.min(from + b, n));
                optimizer.step(w, batchLoss);
            }
            losses[epochs++] = data.loss(w);
            if (losses[epochs - 1] < stopLoss) {
                break;
            }
        }
        double error = data.trueWeights().map(truth -> distance(w, truth)).orElse(Double.NaN);
        return new MiniBatchRun(b, Arrays.copyOf(losses, epochs), w, error);
    }

    static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            double d = a[j] - b[j];
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
