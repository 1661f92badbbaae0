package org.gradientlab.ui.exercises.live;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import org.gradientlab.charts.Axis;
import org.gradientlab.charts.Chart;
import org.gradientlab.charts.ChartConfig;
import org.gradientlab.charts.Colour;
import org.gradientlab.charts.Contours;
import org.gradientlab.charts.LineSeries;
import org.gradientlab.charts.PathSeries;
import org.gradientlab.charts.Point;
import org.gradientlab.engine.landscape.Landscape;
import org.gradientlab.engine.landscape.Landscapes;
import org.gradientlab.engine.landscape.PlotWindow;
import org.gradientlab.engine.optim.OptimizerSpec;
import org.gradientlab.engine.optim.Outcome;
import org.gradientlab.engine.optim.RunResult;
import org.gradientlab.engine.optim.Runner;
import org.gradientlab.engine.optim.Schedule;
import org.gradientlab.engine.optim.StopRule;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.Variant;

/**
 * Adam against gradient descent on the Rosenbrock valley: both paths from the variant's start on log-spaced
 * contours, and both loss curves on a log scale with the target marked. A log-scale slider per optimizer sets its
 * learning rate; every move reruns the engine over the whole step budget (thousands of steps) and redraws live.
 * Learning rates typed into the settings parts move the sliders too.
 */
final class AdamVersusGdChart extends LiveChart {

    static final double LOG_LR_MIN = -5;
    static final double LOG_LR_MAX = 0;

    final Chart paths;
    final Chart losses;
    final Slider gdRate;
    final Slider adamRate;
    final Paragraph gdReadout = new Paragraph();
    final Paragraph adamReadout = new Paragraph();
    private final Landscape rosenbrock = Landscapes.ROSENBROCK;
    private final double[] start;
    private final double target;
    private final int gdBudget;
    private final int adamBudget;
    private final PlotWindow window;

    AdamVersusGdChart(Variant variant) {
        Map<String, String> p = variant.parameters();
        start = LearningRateRaceChart.numbers(p.get("start"));
        target = Double.parseDouble(p.get("target").strip());
        gdBudget = Integer.parseInt(p.get("gd-budget").strip());
        adamBudget = Integer.parseInt(p.get("adam-budget").strip());
        window = Landscapes2D.including(rosenbrock.window(), start);
        paths = new Chart(ChartConfig.of(
                        getTranslation("exercise.chart.adam-vs-gd.paths-summary"),
                        Axis.linear("x").withRange(window.xMin(), window.xMax()),
                        Axis.linear("y").withRange(window.yMin(), window.yMax()))
                .withTitle(getTranslation("exercise.chart.adam-vs-gd.paths-title"))
                .with(
                        Contours.of("f", Landscapes2D.logContours(rosenbrock, window, 14, 5)),
                        PathSeries.of(
                                        "minimum",
                                        getTranslation("exercise.chart.adam-vs-gd.minimum"),
                                        List.of(new Point(1, 1)))
                                .withColour(Colour.GREY)
                                .withMarkers(0, 6)));
        paths.setChartHeight("20rem");
        paths.addClassName("gl-adam-paths");
        int longest = Math.max(gdBudget, adamBudget);
        losses = new Chart(ChartConfig.of(
                        getTranslation("exercise.chart.adam-vs-gd.losses-summary"),
                        Axis.linear(getTranslation("exercise.chart.step")).withRange(0, longest),
                        Axis.logarithmic(getTranslation("exercise.chart.loss")))
                .withTitle(getTranslation("exercise.chart.adam-vs-gd.losses-title"))
                .with(LineSeries.of(
                                "target",
                                getTranslation("exercise.chart.adam-vs-gd.target", Samples.format(target)),
                                List.of(new Point(0, target), new Point(longest, target)))
                        .withColour(Colour.GREY)
                        .asDashed()
                        .withWidth(1)));
        losses.setChartHeight("14rem");
        losses.addClassName("gl-adam-losses");

        gdRate = new Slider(
                getTranslation("exercise.chart.adam-vs-gd.gd-rate"),
                LOG_LR_MIN,
                LOG_LR_MAX,
                0.05,
                e -> Math.pow(10, e),
                a -> "α = " + Samples.format(a));
        adamRate = new Slider(
                getTranslation("exercise.chart.adam-vs-gd.adam-rate"),
                LOG_LR_MIN,
                LOG_LR_MAX,
                0.05,
                e -> Math.pow(10, e),
                a -> "α = " + Samples.format(a));
        gdRate.addClassName("gl-gd-rate");
        adamRate.addClassName("gl-adam-rate");
        gdRate.getElement().getStyle().set("--gl-series-colour", Colour.ORANGE.hex());
        adamRate.getElement().getStyle().set("--gl-series-colour", Colour.BLUE.hex());
        gdRate.setPosition(-3);
        adamRate.setPosition(-2);
        gdRate.onChange(a -> redrawGd());
        adamRate.onChange(a -> redrawAdam());
        gdReadout.addClassName("gl-chart-readout");
        adamReadout.addClassName("gl-chart-readout");
        Div controls = new Div(gdRate, gdReadout, adamRate, adamReadout);
        controls.addClassName("gl-chart-controls-stack");
        getContent().add(paths, controls, losses);
        redrawGd();
        redrawAdam();
    }

    @Override
    public void answersChanged(Map<String, Answer> answers) {
        follow(answers.get("gd-settings"), gdRate);
        follow(answers.get("adam-settings"), adamRate);
    }

    /** Moves the slider to a learning rate typed in a settings part, when it reads as a positive number. */
    private static void follow(Answer answer, Slider slider) {
        if (answer instanceof Answer.Settings s && s.values().containsKey("lr")) {
            try {
                double lr = Double.parseDouble(s.values().get("lr").strip());
                if (lr > 0 && Math.abs(Math.log10(lr) - Math.log10(slider.value())) > 1e-9) {
                    slider.setPosition(Math.log10(lr));
                }
            } catch (NumberFormatException e) {
                // only plain numbers move the slider; the grader explains anything else on submit
            }
        }
    }

    void redrawGd() {
        double lr = gdRate.value();
        RunResult run = run(OptimizerSpec.gradientDescent(lr), gdBudget);
        draw("gd", getTranslation("exercise.chart.adam-vs-gd.gd"), Colour.ORANGE, run);
        gdReadout.setText(describe(getTranslation("exercise.chart.adam-vs-gd.gd"), lr, run, gdBudget));
    }

    void redrawAdam() {
        double lr = adamRate.value();
        RunResult run = run(OptimizerSpec.adam(lr), adamBudget);
        draw("adam", getTranslation("exercise.chart.adam-vs-gd.adam"), Colour.BLUE, run);
        adamReadout.setText(describe(getTranslation("exercise.chart.adam-vs-gd.adam"), lr, run, adamBudget));
    }

    private RunResult run(OptimizerSpec spec, int budget) {
        return Runner.run(
                spec, Schedule.constant(), rosenbrock, start, StopRule.steps(budget), rosenbrock.minimumValue());
    }

    private void draw(String id, String label, Colour colour, RunResult run) {
        paths.updateSeries(PathSeries.of("path-" + id, label, Samples.thin(Landscapes2D.path(run.trajectory(), window)))
                .withColour(colour)
                .withMarkers(0, 5));
        losses.updateSeries(LineSeries.of("loss-" + id, label, Samples.thin(Landscapes2D.losses(run.trajectory())))
                .withColour(colour));
    }

    /** What the run did: when it got below the target, or that it diverged or fell short. */
    private String describe(String method, double lr, RunResult run, int budget) {
        String rate = Samples.format(lr);
        if (run.outcome() == Outcome.DIVERGED) {
            return getTranslation("exercise.chart.adam-vs-gd.diverged", method, rate, Integer.toString(run.step()));
        }
        double[] l = run.trajectory().losses();
        for (int k = 0; k < l.length; k++) {
            if (l[k] < target) {
                return getTranslation(
                        "exercise.chart.adam-vs-gd.reached", method, rate, Samples.format(target), Integer.toString(k));
            }
        }
        return getTranslation(
                "exercise.chart.adam-vs-gd.not-reached",
                method,
                rate,
                Integer.toString(budget),
                Samples.format(run.finalLoss()),
                Samples.format(target));
    }
}
