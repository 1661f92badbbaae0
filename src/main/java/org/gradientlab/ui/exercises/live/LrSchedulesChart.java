package org.gradientlab.ui.exercises.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gradientlab.charts.Axis;
import org.gradientlab.charts.Chart;
import org.gradientlab.charts.ChartConfig;
import org.gradientlab.charts.Colour;
import org.gradientlab.charts.LineSeries;
import org.gradientlab.charts.Point;
import org.gradientlab.engine.optim.Schedule;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.ExperimentCheck;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Variant;

/**
 * Learning-rate schedules: the learning rate α_k against the update index k for every schedule the Rosenbrock part
 * offers, starting from the student's α (the model answer's until they type one), with the schedule they chose
 * drawn boldest.
 */
final class LrSchedulesChart extends LiveChart {

    static final String PART = "rosenbrock-schedule";

    final Chart chart;
    private final Map<String, Schedule> schedules;
    private final int length;
    private String shown = "";

    LrSchedulesChart(Variant variant) {
        Part part = variant.part(PART).orElseThrow();
        ExperimentCheck check = (ExperimentCheck) part.check();
        schedules = check.schedules();
        length = check.length();
        chart = new Chart(ChartConfig.of(
                        getTranslation("exercise.chart.lr-schedules.summary"),
                        Axis.linear(getTranslation("exercise.chart.lr-schedules.k"))
                                .withRange(0, length),
                        Axis.linear(getTranslation("exercise.chart.lr-schedules.rate")))
                .withTitle(getTranslation("exercise.chart.lr-schedules.title")));
        chart.setChartHeight("20rem");
        getContent().add(chart);
        answersChanged(Map.of(PART, part.modelAnswer()));
    }

    @Override
    public void answersChanged(Map<String, Answer> answers) {
        if (!(answers.get(PART) instanceof Answer.Settings s)) {
            return;
        }
        double lr0 = Plane.value(s.values().getOrDefault("lr", ""), List.of(), new double[0]);
        String chosen = s.values().getOrDefault("schedule", "");
        if (!(lr0 > 0) || !Double.isFinite(lr0) || (chosen + lr0).equals(shown)) {
            return;
        }
        shown = chosen + lr0;
        List<LineSeries> curves = new ArrayList<>();
        int i = 0;
        for (var e : schedules.entrySet()) {
            List<Point> points = new ArrayList<>();
            int stride = Math.max(1, length / 400);
            for (int k = 0; k <= length; k += stride) {
                points.add(new Point(k, e.getValue().learningRate(lr0, k)));
            }
            LineSeries curve =
                    LineSeries.of("schedule-" + e.getKey(), e.getKey(), points).withColour(Colour.automatic(i++));
            curves.add(e.getKey().equals(chosen) ? curve.withWidth(3.5) : curve.withWidth(1.5));
        }
        chart.updateSeries(curves.toArray(LineSeries[]::new));
    }
}
