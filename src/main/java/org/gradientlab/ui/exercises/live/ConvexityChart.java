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
import org.gradientlab.charts.PathSeries;
import org.gradientlab.charts.Point;
import org.gradientlab.engine.function.DifferentiableFunction;
import org.gradientlab.engine.landscape.Landscape;
import org.gradientlab.engine.landscape.Landscapes;
import org.gradientlab.engine.optim.OptimizerSpec;
import org.gradientlab.engine.optim.RunResult;
import org.gradientlab.engine.optim.Runner;
import org.gradientlab.engine.optim.Schedule;
import org.gradientlab.engine.optim.StopRule;
import org.gradientlab.engine.optim.Trajectory;
import org.gradientlab.exercises.Variant;

/**
 * Convex versus non-convex: gradient descent from each of the variant's starts, with its learning rate, on the
 * convex function (every run ends at the one minimum) and on the double well (each run ends in the minimum of its
 * own basin). Each chart shows f(x) and every run's iterates (x_k, f(x_k)), with a large marker where it ends.
 */
final class ConvexityChart extends LiveChart {

    /** The updates of every run, as many as the exercise's own runs. */
    static final int STEPS = 2000;

    private static final int CURVE_POINTS = 241;

    final Chart convex;
    final Chart nonConvex;
    final double[] starts;
    private final double alpha;

    ConvexityChart(Variant variant) {
        Map<String, String> p = variant.parameters();
        starts = LearningRateRaceChart.numbers(p.get("starts"));
        alpha = Double.parseDouble(p.get("learning-rate").strip());
        String formula = p.get("convex");
        DifferentiableFunction f = Plane.function(formula, List.of("x"));
        Landscape well = Landscapes.byId(p.get("non-convex").strip()).orElseThrow();
        convex = chart(
                "convex",
                getTranslation("exercise.chart.convexity.convex-title", formula),
                "f(x) = " + formula,
                f,
                OptionalDouble.empty(),
                -1,
                1);
        nonConvex = chart(
                "non-convex",
                getTranslation("exercise.chart.convexity.non-convex-title", well.formula()),
                "f(x) = " + well.formula(),
                well,
                well.minimumValue(),
                well.window().xMin(),
                well.window().xMax());
        getContent().add(convex, nonConvex);
    }

    private Chart chart(
            String kind,
            String title,
            String curveLabel,
            DifferentiableFunction f,
            OptionalDouble minimum,
            double xMin,
            double xMax) {
        List<PathSeries> runs = new ArrayList<>();
        for (int i = 0; i < starts.length; i++) {
            RunResult run = Runner.run(
                    OptimizerSpec.gradientDescent(alpha),
                    Schedule.constant(),
                    f,
                    new double[] {starts[i]},
                    StopRule.steps(STEPS),
                    minimum);
            Trajectory t = run.trajectory();
            List<Point> points = new ArrayList<>(t.size());
            for (int k = 0; k < t.size(); k++) {
                points.add(new Point(t.coordinate(k, 0), t.loss(k)));
            }
            runs.add(PathSeries.of(
                            "run-" + i,
                            getTranslation(
                                    "exercise.chart.convexity.run",
                                    Samples.format(starts[i]),
                                    Samples.format(run.finalPoint()[0])),
                            Samples.thin(points))
                    .withColour(Colour.automatic(i))
                    .withMarkers(1.5, 7));
            xMin = Math.min(xMin, starts[i] - 0.25);
            xMax = Math.max(xMax, starts[i] + 0.25);
        }
        List<Point> curve = new ArrayList<>(CURVE_POINTS);
        for (double x : Samples.linear(xMin, xMax, CURVE_POINTS)) {
            curve.add(new Point(x, f.value(new double[] {x})));
        }
        ChartConfig config = ChartConfig.of(
                        getTranslation(
                                "exercise.chart.convexity." + kind + "-summary", Integer.toString(starts.length)),
                        Axis.linear("x").withRange(xMin, xMax),
                        Axis.linear("f(x)"))
                .withTitle(title)
                .with(LineSeries.of("f", curveLabel, curve).withColour(Colour.GREY))
                .with(runs.toArray(PathSeries[]::new));
        Chart chart = new Chart(config);
        chart.setChartHeight("16rem");
        return chart;
    }
}
