package org.gradientlab.engine.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.gradientlab.engine.optim.Optimizer;
import org.gradientlab.engine.optim.Optimizers;

/**
 * The batch-size trade-off on {@link RegressionData}: for each batch size, mini-batch training from
 * w = 0 ({@link MiniBatchTraining}), then the gradient noise at a fixed probe point
 * ({@link GradientNoise}) measured and compared with its exact value. All runs train first and measure
 * afterwards, in the order given, each drawing from the same {@link IndexSampler}.
 */
public final class BatchSizeStudy {

    /** The batch sizes the course compares: 1 (plain SGD), 16, 64, 256, 1024 and the full batch. */
    public static final List<Integer> COURSE_BATCH_SIZES = List.of(1, 16, 64, 256, 1024, MiniBatchTraining.FULL_BATCH);

    /** The course's optimizer per batch size: plain SGD, α = 0.01 below batch size 256 and 0.1 from 256 up. */
    public static Optimizer courseOptimizer(int batchSize) {
        return Optimizers.gradientDescent(batchSize < 256 ? 0.01 : 0.1);
    }

    /** Stop rules and measurement size. */
    public record Settings(int maxEpochs, double stopLoss, int probeBatches) {

        /** The course's values: at most 50 epochs, stop once the loss is below 0.3, 100 probe batches. */
        public static Settings courseDefaults() {
            return new Settings(50, 0.3, 100);
        }
    }

    /** One batch size's training run, its measured gradient noise and the exact trace variance. */
    public record Result(MiniBatchRun training, GradientNoise noise, double exactTraceVariance) {}

    private BatchSizeStudy() {}

    /**
     * Runs the study. {@code optimizerForBatchSize} makes a fresh optimizer for each batch size, e.g.
     * {@link #courseOptimizer(int)}.
     */
    public static List<Result> run(
            RegressionData data,
            List<Integer> batchSizes,
            IntFunction<Optimizer> optimizerForBatchSize,
            Settings settings,
            double[] probe,
            IndexSampler sampler) {
        List<MiniBatchRun> runs = new ArrayList<>();
        for (int batchSize : batchSizes) {
            runs.add(MiniBatchTraining.train(
                    data,
                    batchSize,
                    optimizerForBatchSize.apply(batchSize),
                    new double[data.features],
                    settings.maxEpochs(),
                    settings.stopLoss(),
                    sampler));
        }
        List<Result> results = new ArrayList<>();
        for (MiniBatchRun training : runs) {
            int b = training.batchSize();
            results.add(new Result(
                    training,
                    GradientNoise.measure(data, probe, b, settings.probeBatches(), sampler),
                    GradientNoise.exactTraceVariance(data, probe, b)));
        }
        return results;
    }
}
