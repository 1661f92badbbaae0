package org.gradientlab.ui.exercises.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gradientlab.charts.Axis;
import org.gradientlab.charts.Chart;
import org.gradientlab.charts.ChartConfig;
import org.gradientlab.charts.Colour;
import org.gradientlab.charts.LineSeries;
import org.gradientlab.charts.PathSeries;
import org.gradientlab.charts.Point;
import org.gradientlab.engine.landscape.Landscape;
import org.gradientlab.engine.landscape.Landscapes;
import org.gradientlab.engine.landscape.PlotWindow;
import org.gradientlab.engine.optim.MomentumForm;
import org.gradientlab.engine.optim.OptimizerSpec;
import org.gradientlab.engine.optim.RunResult;
import org.gradientlab.engine.optim.Runner;
import org.gradientlab.engine.optim.Schedule;
import org.gradientlab.engine.optim.StopRule;
import org.gradientlab.engine.optim.Trajectory;
import org.gradientlab.exercises.Variant;

/**
 * Local minima and momentum: the double well f(x) with the iterates (x_k, f(x_k)) of gradient descent and of
 * EMA-form momentum from a start the student moves with a slider (the variant's start at first), redrawn live.
 */
final class LocalMinimaChart extends LiveChart {

    final Chart chart;
    final Slider start;
    private final Landscape landscape;
    private final double lr;
    private final double beta;
    private final int steps;

    LocalMinimaChart(Variant variant) {
        Map<String, String> p = variant.parameters();
        landscape = Landscapes.byId(p.get("landscape")).orElseThrow();
        lr = Double.parseDouble(p.get("learning-rate").strip());
        beta = Double.parseDouble(p.get("momentum").strip());
        steps = Integer.parseInt(p.get("steps").strip());
        PlotWindow w = landscape.window();
        List<Point> curve = new ArrayList<>();
        for (double x : Samples.linear(w.xMin(), w.xMax(), 241)) {
            curve.add(new Point(x, landscape.value(new double[] {x})));
        }
        chart = new Chart(ChartConfig.of(
                        getTranslation("exercise.chart.local-minima.summary"),
                        Axis.linear("x").withRange(w.xMin(), w.xMax()),
                        Axis.linear("f(x)").withRange(w.yMin(), w.yMax()))
                .withTitle(getTranslation("exercise.chart.local-minima.title", Integer.toString(steps)))
                .with(LineSeries.of("f", "f(x) = " + landscape.formula(), curve).withColour(Colour.GREY)));
        chart.setChartHeight("20rem");
        start = new Slider(
                getTranslation("exercise.chart.local-minima.start"),
                w.xMin(),
                w.xMax(),
                (w.xMax() - w.xMin()) / 200,
                x -> x,
                Samples::format);
        start.setPosition(Double.parseDouble(p.get("start").strip()));
        start.onChange(x -> redraw());
        getContent().add(chart, start);
        redraw();
    }

    void redraw() {
        double[] x0 = {start.value()};
        chart.updateSeries(
                path(
                                "gd",
                                getTranslation("exercise.chart.local-minima.gd", Samples.format(lr)),
                                OptimizerSpec.gradientDescent(lr),
                                x0)
                        .withColour(Colour.BLUE),
                path(
                                "momentum",
                                getTranslation("exercise.chart.local-minima.momentum", Samples.format(beta)),
                                new OptimizerSpec.Momentum(lr, beta, MomentumForm.EMA),
                                x0)
                        .withColour(Colour.ORANGE));
    }

    private PathSeries path(String id, String label, OptimizerSpec spec, double[] x0) {
        RunResult run =
                Runner.run(spec, Schedule.constant(), landscape, x0, StopRule.steps(steps), landscape.minimumValue());
        Trajectory t = run.trajectory();
        List<Point> points = new ArrayList<>();
        for (int k = 0; k < t.size(); k++) {
            points.add(new Point(t.coordinate(k, 0), t.loss(k)));
        }
        return PathSeries.of(id, label, points).withMarkers(3, 6);
    }
}
