package org.gradientlab.ui.exercises.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gradientlab.charts.Chart;
import org.gradientlab.charts.Colour;
import org.gradientlab.charts.PathSeries;
import org.gradientlab.charts.Point;
import org.gradientlab.engine.autodiff.CompiledFunction;
import org.gradientlab.engine.landscape.PlotWindow;
import org.gradientlab.engine.optim.OptimizerSpec;
import org.gradientlab.engine.optim.RunResult;
import org.gradientlab.engine.optim.Runner;
import org.gradientlab.engine.optim.Schedule;
import org.gradientlab.engine.optim.StopRule;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.Variant;

/**
 * Gradient descent by hand: the engine's first iterates on the bowl's contours, and the iterates the student has
 * computed (x₀, then their x₁ and x₂ as soon as they read) as a dashed path beside them.
 */
final class GdByHandChart extends LiveChart {

    static final int STEPS = 8;

    final Chart chart;
    private final double[] start;

    GdByHandChart(Variant variant) {
        Map<String, String> p = variant.parameters();
        double[] centre = LearningRateRaceChart.numbers(p.get("centre"));
        start = LearningRateRaceChart.numbers(p.get("start"));
        double lr = Double.parseDouble(p.get("learning-rate").strip());
        String formula = "(x1 - (" + centre[0] + "))^2 + (x2 - (" + centre[1] + "))^2";
        CompiledFunction f = Plane.function(formula, Plane.XS);
        PlotWindow w = Plane.around(3, start, centre);
        chart = Plane.contourChart(
                getTranslation("exercise.chart.gd-by-hand.summary"),
                getTranslation("exercise.chart.gd-by-hand.title"),
                f,
                w,
                Plane.XS);
        RunResult run = Runner.run(
                OptimizerSpec.gradientDescent(lr),
                Schedule.constant(),
                f,
                start,
                StopRule.steps(STEPS),
                java.util.OptionalDouble.of(0));
        chart.updateSeries(PathSeries.of(
                        "engine",
                        getTranslation("exercise.chart.gd-by-hand.engine", STEPS),
                        Landscapes2D.path(run.trajectory(), w))
                .withColour(Colour.GREEN));
        getContent().add(chart);
    }

    @Override
    public void answersChanged(Map<String, Answer> answers) {
        List<Point> yours = new ArrayList<>(List.of(new Point(start[0], start[1])));
        for (String part : List.of("step-1", "step-2")) {
            if (!(answers.get(part) instanceof Answer.Entries e) || e.entries().size() != 2) {
                break;
            }
            double x = Plane.value(e.entries().get(0), List.of(), new double[0]);
            double y = Plane.value(e.entries().get(1), List.of(), new double[0]);
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                break;
            }
            yours.add(new Point(x, y));
        }
        if (yours.size() > 1) {
            chart.updateSeries(PathSeries.of("yours", getTranslation("exercise.chart.gd-by-hand.yours"), yours)
                    .withColour(Colour.VERMILION)
                    .asDashed()
                    .withMarkers(4, 6));
        } else {
            chart.removeSeries("yours");
        }
    }
}
