package org.gradientlab.ui.exercises.live;

import java.util.Optional;
import org.gradientlab.exercises.Variant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live chart of each exercise, chosen by exercise id (DESIGN §4, "live chart"), so that the exercise page
 * itself stays the same for every exercise. Exercises without a chart of their own (gradient-identities) get none.
 */
public final class LiveCharts {

    private static final Logger LOG = LoggerFactory.getLogger(LiveCharts.class);

    private LiveCharts() {}

    /** The chart for this variant, if its exercise has one. */
    public static Optional<LiveChart> of(Variant variant) {
        try {
            return Optional.ofNullable(
                    switch (variant.exerciseId()) {
                        case "chain-rule" -> new ChainRuleChart(variant);
                        case "jacobian" -> new JacobianChart(variant);
                        case "lr-race" -> new LearningRateRaceChart(variant);
                        case "adam-vs-gd" -> new AdamVersusGdChart(variant);
                        case "finite-differences" -> new FiniteDifferencesChart(variant);
                        case "gradient-field" -> new GradientFieldChart(variant);
                        case "gd-by-hand" -> new GdByHandChart(variant);
                        case "critical-lr" -> new CriticalLrChart(variant);
                        case "momentum" -> new MomentumChart(variant);
                        case "lagrange" -> new LagrangeChart(variant);
                        case "linear-regression" -> new LinearRegressionChart(variant);
                        case "local-minima" -> new LocalMinimaChart(variant);
                        case "lr-schedules" -> new LrSchedulesChart(variant);
                        case "autograd-graph" -> new AutogradGraphChart(variant);
                        case "implement-optimizer" -> new ImplementOptimizerChart(variant);
                        case "optimizer-comparison" -> new OptimizerComparisonChart(variant);
                        case "neural-net" -> new NeuralNetChart(variant);
                        case "batch-size" -> new BatchSizeChart(variant);
                        case "convexity" -> new ConvexityChart(variant);
                        default -> null;
                    });
        } catch (RuntimeException e) {
            // a chart that cannot be drawn must not take the exercise down with it
            LOG.warn("No live chart for {} variant {}", variant.exerciseId(), variant.number(), e);
            return Optional.empty();
        }
    }
}
