package org.gradientlab.ui.exercises.live;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.charts.Axis;
import org.gradientlab.charts.Chart;
import org.gradientlab.charts.ChartConfig;
import org.gradientlab.charts.Colour;
import org.gradientlab.charts.LineSeries;
import org.gradientlab.charts.PathSeries;
import org.gradientlab.charts.Point;
import org.gradientlab.engine.learning.BatchSizeStudy;
import org.gradientlab.engine.learning.GradientNoise;
import org.gradientlab.engine.learning.MiniBatchRun;
import org.gradientlab.engine.learning.MiniBatchTraining;
import org.gradientlab.engine.learning.RegressionData;
import org.gradientlab.engine.learning.SeededRandom;
import org.gradientlab.exercises.Variant;
import org.gradientlab.exercises.catalogue.BatchSizeExercise;

/**
 * Mini-batch size on the variant's 5-feature regression, measured at w = 0 as the exercise measures it: the
 * variance of the gradient vector against the batch size on log–log axes (the exact E‖g_B − ∇L‖², which falls like
 * 1/b and is 0 for the full batch, and the exercise's measurement over 100 random batches per size), and the
 * full-data loss per epoch of mini-batch SGD for each batch size of the course.
 */
final class BatchSizeChart extends LiveChart {

    /** The batch sizes compared, the full batch last; the exercise's sizes. */
    static final int[] SIZES = {1, 16, 64, 256, 1024};
    /** Random batches per measured size, as the exercise draws them. */
    static final int PROBE_BATCHES = 100;
    /** Epochs of each training run on the loss chart. */
    static final int EPOCHS = 5;

    private static final int CURVE_POINTS = 25;

    final Chart variance;
    final Chart losses;
    final int samples;

    BatchSizeChart(Variant variant) {
        BatchSizeExercise.Data setup = BatchSizeExercise.data(variant);
        samples = setup.samples();
        SeededRandom random = SeededRandom.of(setup.seed());
        RegressionData data = setup.generate(random);
        double[] w0 = new double[data.features()];
        List<Point> measured = new ArrayList<>();
        for (int b : sizes()) {
            GradientNoise noise = GradientNoise.measure(data, w0, b, b == samples ? 1 : PROBE_BATCHES, random);
            measured.add(new Point(b, noise.traceVariance()));
        }
        List<Point> exact = new ArrayList<>();
        for (double b : Samples.logarithmic(0, Math.log10(samples), CURVE_POINTS)) {
            int size = (int) Math.min(samples, Math.round(b));
            if (!exact.isEmpty() && exact.getLast().x() == size) {
                continue;
            }
            exact.add(new Point(size, GradientNoise.exactTraceVariance(data, w0, size)));
        }
        variance = new Chart(ChartConfig.of(
                        getTranslation("exercise.chart.batch-size.variance-summary"),
                        Axis.logarithmic(getTranslation("exercise.chart.batch-size.batch-size")),
                        Axis.logarithmic(getTranslation("exercise.chart.batch-size.variance")))
                .withTitle(getTranslation("exercise.chart.batch-size.variance-title", Integer.toString(samples)))
                .with(
                        LineSeries.of("exact", getTranslation("exercise.chart.batch-size.exact"), exact)
                                .withColour(Colour.GREY),
                        PathSeries.of("measured", getTranslation("exercise.chart.batch-size.measured"), measured)
                                .withColour(Colour.BLUE)
                                .withMarkers(4, 4)
                                .asDashed()));
        variance.setChartHeight("15rem");
        losses = new Chart(ChartConfig.of(
                        getTranslation("exercise.chart.batch-size.losses-summary"),
                        Axis.linear(getTranslation("exercise.chart.batch-size.epoch"))
                                .withRange(1, EPOCHS),
                        Axis.logarithmic(getTranslation("exercise.chart.batch-size.loss")))
                .withTitle(getTranslation("exercise.chart.batch-size.losses-title")));
        losses.setChartHeight("15rem");
        int colour = 0;
        for (int b : sizes()) {
            MiniBatchRun run =
                    MiniBatchTraining.train(data, b, BatchSizeStudy.courseOptimizer(b), w0, EPOCHS, 0, random);
            List<Point> curve = new ArrayList<>();
            double[] perEpoch = run.lossPerEpoch();
            for (int e = 0; e < perEpoch.length; e++) {
                curve.add(new Point(e + 1, perEpoch[e]));
            }
            String label = b == samples
                    ? getTranslation("exercise.chart.batch-size.full", Integer.toString(samples))
                    : getTranslation("exercise.chart.batch-size.size", Integer.toString(b));
            losses.updateSeries(LineSeries.of("loss-" + b, label, curve).withColour(Colour.automatic(colour++)));
        }
        getContent().add(variance, losses);
    }

    /** The exercise's batch sizes, ending with the full batch n. */
    private int[] sizes() {
        int[] out = new int[SIZES.length + 1];
        System.arraycopy(SIZES, 0, out, 0, SIZES.length);
        out[SIZES.length] = samples;
        return out;
    }
}
