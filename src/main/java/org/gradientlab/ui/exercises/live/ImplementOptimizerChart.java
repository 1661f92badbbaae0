package org.gradientlab.ui.exercises.live;

import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gradientlab.charts.Axis;
import org.gradientlab.charts.Chart;
import org.gradientlab.charts.ChartConfig;
import org.gradientlab.charts.Colour;
import org.gradientlab.charts.Contours;
import org.gradientlab.charts.PathSeries;
import org.gradientlab.charts.Point;
import org.gradientlab.engine.landscape.Landscape;
import org.gradientlab.engine.landscape.Landscapes;
import org.gradientlab.engine.landscape.PlotWindow;
import org.gradientlab.engine.optim.RunResult;
import org.gradientlab.engine.optim.Runner;
import org.gradientlab.engine.optim.Schedule;
import org.gradientlab.engine.optim.StopRule;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.OptimizerRuleCheck;
import org.gradientlab.exercises.Variant;
import org.gradientlab.grading.UpdateRuleTrajectory;

/**
 * Write the update rule: on the contours of the run the exercise shows, the engine's optimizer's path and the path
 * of the update rules the student types (run as the grader runs them) for the same updates from the same start.
 * While the rules cannot be run, only the engine's path is drawn, with a note saying so.
 */
final class ImplementOptimizerChart extends LiveChart {

    static final String PART = "update-rule";

    final Chart chart;
    final Paragraph note = new Paragraph();
    private final OptimizerRuleCheck check;
    private final OptimizerRuleCheck.Run run;
    private final PlotWindow window;
    private final double[] engineEnd;

    ImplementOptimizerChart(Variant variant) {
        check = (OptimizerRuleCheck) variant.part(PART).orElseThrow().check();
        run = check.runs().getFirst();
        Landscape landscape = Landscapes.byId(run.landscape()).orElseThrow();
        double[] start = run.start().stream().mapToDouble(Double::doubleValue).toArray();
        window = Landscapes2D.including(landscape.window(), start);
        RunResult engine = Runner.run(
                check.rule().spec(run.hyperparameters()),
                Schedule.constant(),
                landscape,
                start,
                StopRule.steps(run.steps()),
                landscape.minimumValue());
        engineEnd = engine.finalPoint();
        chart = new Chart(ChartConfig.of(
                        getTranslation("exercise.chart.implement-optimizer.summary", Integer.toString(run.steps())),
                        Axis.linear(Plane.pretty(landscape.variables().get(0))).withRange(window.xMin(), window.xMax()),
                        Axis.linear(Plane.pretty(landscape.variables().get(1))).withRange(window.yMin(), window.yMax()))
                .withTitle(getTranslation(
                        "exercise.chart.implement-optimizer.title", check.rule().displayName(), landscape.formula()))
                .with(
                        Contours.of("f", Landscapes2D.logContours(landscape, window, 12, 3)),
                        PathSeries.of(
                                        "engine",
                                        getTranslation(
                                                "exercise.chart.implement-optimizer.engine",
                                                Integer.toString(run.steps())),
                                        Landscapes2D.path(engine.trajectory(), window))
                                .withColour(Colour.GREEN)
                                .withMarkers(3, 6)));
        chart.setChartHeight("19rem");
        note.addClassName("gl-chart-readout");
        getContent().add(chart, note);
        answersChanged(Map.of());
    }

    @Override
    public void answersChanged(Map<String, Answer> answers) {
        String rules = answers.get(PART) instanceof Answer.Text t ? t.text() : "";
        Optional<double[][]> yours = rules.isBlank() ? Optional.empty() : UpdateRuleTrajectory.of(check, run, rules);
        if (yours.isEmpty()) {
            chart.removeSeries("yours");
            note.setText(getTranslation(
                    rules.isBlank()
                            ? "exercise.chart.implement-optimizer.empty"
                            : "exercise.chart.implement-optimizer.unreadable"));
            return;
        }
        chart.updateSeries(
                PathSeries.of("yours", getTranslation("exercise.chart.implement-optimizer.yours"), path(yours.get()))
                        .withColour(Colour.ORANGE)
                        .withMarkers(2.5, 6)
                        .asDashed());
        double[] end = yours.get()[yours.get().length - 1];
        note.setText(getTranslation(
                "exercise.chart.implement-optimizer.readout",
                Integer.toString(run.steps()),
                Samples.format(end[0]),
                Samples.format(end[1]),
                Samples.format(engineEnd[0]),
                Samples.format(engineEnd[1])));
    }

    /** The iterates as points, ending at the first that is not finite or leaves the window by far. */
    private List<Point> path(double[][] points) {
        double sx = window.xMax() - window.xMin();
        double sy = window.yMax() - window.yMin();
        List<Point> out = new ArrayList<>();
        for (double[] p : points) {
            if (!(p[0] > window.xMin() - sx
                    && p[0] < window.xMax() + sx
                    && p[1] > window.yMin() - sy
                    && p[1] < window.yMax() + sy)) {
                break;
            }
            out.add(new Point(p[0], p[1]));
        }
        return out;
    }
}
