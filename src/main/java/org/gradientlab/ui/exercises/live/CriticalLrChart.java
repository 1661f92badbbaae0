package org.gradientlab.ui.exercises.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.gradientlab.charts.Axis;
import org.gradientlab.charts.Chart;
import org.gradientlab.charts.ChartConfig;
import org.gradientlab.charts.Colour;
import org.gradientlab.charts.LineSeries;
import org.gradientlab.engine.autodiff.CompiledFunction;
import org.gradientlab.engine.calculus.SymmetricEigen;
import org.gradientlab.engine.optim.OptimizerSpec;
import org.gradientlab.engine.optim.RunResult;
import org.gradientlab.engine.optim.Runner;
import org.gradientlab.engine.optim.Schedule;
import org.gradientlab.engine.optim.StepSizeTheory;
import org.gradientlab.engine.optim.StopRule;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.Variant;

/**
 * The critical learning rate: gradient descent's loss curves (log scale) for α just below and just above the
 * threshold 2/λmax of the variant's quadratic, and — once the student's threshold reads — the same check at
 * 0.98 and 1.02 times their α, the simulation the grader runs.
 */
final class CriticalLrChart extends LiveChart {

    static final int STEPS = 300;
    static final double[] FACTORS = {0.9, 0.98, 1.02, 1.1};

    final Chart chart;
    private final CompiledFunction f;
    private final double[] start;

    CriticalLrChart(Variant variant) {
        double[] k = LearningRateRaceChart.numbers(variant.parameters().get("coefficients"));
        start = LearningRateRaceChart.numbers(variant.parameters().get("start"));
        f = Plane.function("(" + k[0] + ")*x1^2 + (" + k[1] + ")*x1*x2 + (" + k[2] + ")*x2^2", Plane.XS);
        double threshold = StepSizeTheory.gradientDescentThreshold(
                SymmetricEigen.eigenvalues(new double[][] {{2 * k[0], k[1]}, {k[1], 2 * k[2]}}));
        List<LineSeries> curves = new ArrayList<>();
        for (int i = 0; i < FACTORS.length; i++) {
            curves.add(curve("around-" + i, FACTORS[i] + " α*", FACTORS[i] * threshold)
                    .withColour(FACTORS[i] < 1 ? Colour.GREEN : Colour.VERMILION)
                    .withWidth(i == 0 || i == 3 ? 1 : 2));
        }
        chart = new Chart(ChartConfig.of(
                        getTranslation("exercise.chart.critical-lr.summary"),
                        Axis.linear(getTranslation("exercise.chart.step")).withRange(0, STEPS),
                        Axis.logarithmic(getTranslation("exercise.chart.loss")))
                .withTitle(getTranslation("exercise.chart.critical-lr.title"))
                .with(curves.toArray(LineSeries[]::new)));
        chart.setChartHeight("20rem");
        getContent().add(chart);
    }

    private LineSeries curve(String id, String label, double alpha) {
        RunResult run = Runner.run(
                OptimizerSpec.gradientDescent(alpha),
                Schedule.constant(),
                f,
                start,
                StopRule.steps(STEPS),
                OptionalDouble.of(0));
        return LineSeries.of(id, label + " = " + Samples.format(alpha), Landscapes2D.losses(run.trajectory()));
    }

    @Override
    public void answersChanged(Map<String, Answer> answers) {
        double alpha = answers.get("threshold") instanceof Answer.Text t
                ? Plane.value(t.text(), List.of(), new double[0])
                : Double.NaN;
        if (alpha > 0 && Double.isFinite(alpha)) {
            chart.updateSeries(
                    curve("yours-below", getTranslation("exercise.chart.critical-lr.yours-below"), 0.98 * alpha)
                            .withColour(Colour.BLUE)
                            .asDashed(),
                    curve("yours-above", getTranslation("exercise.chart.critical-lr.yours-above"), 1.02 * alpha)
                            .withColour(Colour.ORANGE)
                            .asDashed());
        } else {
            chart.removeSeries("yours-below", "yours-above");
        }
    }
}
