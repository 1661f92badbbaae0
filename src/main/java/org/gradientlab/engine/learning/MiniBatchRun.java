package org.gradientlab.engine.learning;

/**
 * A mini-batch training run on {@link RegressionData}: the batch size used, the full-data loss after
 * each epoch, the final weights and their distance from the true weights (NaN when those are unknown).
 */
public record MiniBatchRun(int batchSize, double[] lossPerEpoch, double[] weights, double weightError) {

    public MiniBatchRun {
        lossPerEpoch = lossPerEpoch.clone();
        weights = weights.clone();
    }

    /** The number of epochs trained. */
    public int epochs() {
        return lossPerEpoch.length;
    }

    /** The loss after the last epoch. */
    public double finalLoss() {
        return lossPerEpoch[lossPerEpoch.length - 1];
    }

    @Override
    public double[] lossPerEpoch() {
        return lossPerEpoch.clone();
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }
}
