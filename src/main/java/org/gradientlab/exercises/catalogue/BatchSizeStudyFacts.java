package org.gradientlab.exercises.catalogue;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.engine.learning.GradientNoise;
import org.gradientlab.engine.learning.MiniBatchRun;
import org.gradientlab.engine.learning.MiniBatchTraining;
import org.gradientlab.engine.learning.RegressionData;
import org.gradientlab.engine.learning.SeededRandom;
import org.gradientlab.engine.optim.Optimizers;

/**
 * The engine's numbers behind one batch-size variant, measured at w = 0 as the course material does: for each batch
 * size the gradient noise over 100 random batches (the variance of the gradient vector and the variance of its
 * norm) and the exact variance of the gradient vector; and how many epochs full-batch gradient descent with
 * α = 0.1 needs to bring the loss below the stop level.
 *
 * @param n          the number of samples
 * @param batchSizes the batch sizes compared, the last being the full batch n
 * @param noise      the measured noise per batch size
 * @param exact      the exact variance of the gradient vector per batch size
 * @param stopLoss   the loss the full-batch run must get below
 * @param fullEpochs the epochs the full-batch run needed
 */
record BatchSizeStudyFacts(
        int n,
        List<Integer> batchSizes,
        List<GradientNoise> noise,
        List<Double> exact,
        double stopLoss,
        int fullEpochs) {

    static final int PROBE_BATCHES = 100;
    static final int MAX_EPOCHS = 50;

    static BatchSizeStudyFacts of(int n, double[] weights, double sigma, long seed) {
        SeededRandom random = SeededRandom.of(seed);
        RegressionData data = RegressionData.generate(n, weights, sigma, random);
        double[] w0 = new double[weights.length];
        List<Integer> sizes = List.of(1, 16, 64, 256, 1024, n);
        List<GradientNoise> noise = new ArrayList<>();
        List<Double> exact = new ArrayList<>();
        for (int b : sizes) {
            // The full batch is the full gradient every time: one batch measures its (zero) scatter.
            noise.add(GradientNoise.measure(data, w0, b, b == n ? 1 : PROBE_BATCHES, random));
            exact.add(GradientNoise.exactTraceVariance(data, w0, b));
        }
        double stop = 1.2 * sigma * sigma;
        MiniBatchRun full = MiniBatchTraining.train(
                data, MiniBatchTraining.FULL_BATCH, Optimizers.gradientDescent(0.1), w0, MAX_EPOCHS, stop, random);
        return new BatchSizeStudyFacts(
                n, sizes, List.copyOf(noise), List.copyOf(exact), stop, full.finalLoss() < stop ? full.epochs() : -1);
    }

    /** The index of the batch size whose measured gradient-vector variance is largest. */
    int noisiest() {
        int best = 0;
        for (int i = 1; i < noise.size(); i++) {
            if (noise.get(i).traceVariance() > noise.get(best).traceVariance()) {
                best = i;
            }
        }
        return best;
    }

    /** The exact variance at batch size index i divided by that at index j. */
    double exactRatio(int i, int j) {
        return exact.get(i) / exact.get(j);
    }

    /** The measured variance of the gradient vector at index i over that at index j. */
    double traceRatio(int i, int j) {
        return noise.get(i).traceVariance() / noise.get(j).traceVariance();
    }
}
