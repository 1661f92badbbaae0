package org.gradientlab.ui.exercises.live;

import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gradientlab.charts.Axis;
import org.gradientlab.charts.Chart;
import org.gradientlab.charts.ChartConfig;
import org.gradientlab.charts.Colour;
import org.gradientlab.charts.Contours;
import org.gradientlab.charts.LineSeries;
import org.gradientlab.charts.PathSeries;
import org.gradientlab.engine.landscape.Landscape;
import org.gradientlab.engine.landscape.Landscapes;
import org.gradientlab.engine.landscape.PlotWindow;
import org.gradientlab.engine.optim.OptimizerSpec;
import org.gradientlab.engine.optim.RunResult;
import org.gradientlab.engine.optim.Runner;
import org.gradientlab.engine.optim.Schedule;
import org.gradientlab.engine.optim.StopRule;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.ExperimentCheck;
import org.gradientlab.exercises.OptimizerRule;
import org.gradientlab.exercises.Variant;

/**
 * Momentum against plain gradient descent on the variant's landscape with the same learning rate: both paths on
 * the contours and both loss curves (log scale), the variant's β and a β the student moves with a slider (or types
 * in the settings part), redrawn live.
 */
final class MomentumChart extends LiveChart {

    final Chart paths;
    final Chart losses;
    final Slider beta;
    final Paragraph readout = new Paragraph();
    private final Landscape landscape;
    private final double[] start;
    private final double lr;
    private final int steps;
    private final PlotWindow window;
    private final OptimizerRule method;

    MomentumChart(Variant variant) {
        Map<String, String> p = variant.parameters();
        landscape = Landscapes.byId(p.get("landscape")).orElseThrow();
        start = LearningRateRaceChart.numbers(p.get("start"));
        lr = Double.parseDouble(p.get("lr").strip());
        steps = Integer.parseInt(p.get("steps").strip());
        double variantBeta = Double.parseDouble(p.get("beta").strip());
        method = variant.parts().stream()
                .filter(part -> part.check() instanceof ExperimentCheck)
                .map(part -> ((ExperimentCheck) part.check()).method())
                .findFirst()
                .orElse(OptimizerRule.MOMENTUM_VELOCITY);
        window = Landscapes2D.including(landscape.window(), start);
        paths = new Chart(ChartConfig.of(
                        getTranslation("exercise.chart.momentum.paths-summary"),
                        Axis.linear(Plane.pretty(landscape.variables().get(0))).withRange(window.xMin(), window.xMax()),
                        Axis.linear(Plane.pretty(landscape.variables().get(1))).withRange(window.yMin(), window.yMax()))
                .withTitle(getTranslation("exercise.chart.momentum.paths-title", method.displayName()))
                .with(Contours.of("f", Landscapes2D.logContours(landscape, window, 12, 4))));
        paths.setChartHeight("19rem");
        losses = new Chart(ChartConfig.of(
                        getTranslation("exercise.chart.momentum.losses-summary"),
                        Axis.linear(getTranslation("exercise.chart.step")).withRange(0, steps),
                        Axis.logarithmic(getTranslation("exercise.chart.loss")))
                .withTitle(getTranslation("exercise.chart.momentum.losses-title")));
        losses.setChartHeight("13rem");
        draw(
                "gd",
                getTranslation("exercise.chart.momentum.gd", Samples.format(lr)),
                Colour.GREY,
                OptimizerSpec.gradientDescent(lr));
        draw("variant", "β = " + Samples.format(variantBeta), Colour.ORANGE, spec(variantBeta));
        beta = new Slider(getTranslation("exercise.chart.momentum.beta"), 0, 0.99, 0.01, b -> b, Samples::format);
        beta.setPosition(0.5);
        beta.onChange(b -> redrawYours());
        readout.addClassName("gl-chart-readout");
        getContent().add(paths, beta, readout, losses);
        redrawYours();
    }

    private OptimizerSpec spec(double b) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("lr", lr);
        values.put("beta", b);
        return method.spec(values);
    }

    private RunResult draw(String id, String label, Colour colour, OptimizerSpec spec) {
        RunResult run = Runner.run(
                spec, Schedule.constant(), landscape, start, StopRule.steps(steps), landscape.minimumValue());
        paths.updateSeries(PathSeries.of("path-" + id, label, Landscapes2D.path(run.trajectory(), window))
                .withColour(colour)
                .withMarkers(2, 5));
        losses.updateSeries(LineSeries.of("loss-" + id, label, Landscapes2D.losses(run.trajectory()))
                .withColour(colour));
        return run;
    }

    void redrawYours() {
        double b = beta.value();
        RunResult run =
                draw("yours", getTranslation("exercise.chart.momentum.yours", Samples.format(b)), Colour.BLUE, spec(b));
        readout.setText(getTranslation(
                "exercise.chart.momentum.readout",
                Samples.format(b),
                Integer.toString(steps),
                Samples.format(run.finalLoss())));
    }

    @Override
    public void answersChanged(Map<String, Answer> answers) {
        if (answers.get("beta") instanceof Answer.Settings s && s.values().containsKey("beta")) {
            double b = Plane.value(s.values().get("beta"), java.util.List.of(), new double[0]);
            if (b >= 0 && b < 1 && Math.abs(b - beta.value()) > 1e-12) {
                beta.setPosition(b);
            }
        }
    }
}
