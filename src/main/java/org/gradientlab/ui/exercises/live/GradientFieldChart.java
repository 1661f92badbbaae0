package org.gradientlab.ui.exercises.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gradientlab.charts.Arrow;
import org.gradientlab.charts.ArrowField;
import org.gradientlab.charts.Chart;
import org.gradientlab.charts.Colour;
import org.gradientlab.charts.PathSeries;
import org.gradientlab.charts.Point;
import org.gradientlab.engine.autodiff.CompiledFunction;
import org.gradientlab.engine.landscape.PlotWindow;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.Variant;

/**
 * The gradient field: contours of f with the arrows of −∇f on a grid (each pointing downhill, longer where f is
 * steeper), the point of the question, and the student's steepest-descent direction drawn from it as soon as it
 * reads, beside the true one.
 */
final class GradientFieldChart extends LiveChart {

    static final int ARROWS = 11;

    final Chart chart;
    private final double[] point;
    /** How the arrows at the point are scaled: the true one spans a fifth of the window, yours the same way. */
    private final double pointScale;

    GradientFieldChart(Variant variant) {
        CompiledFunction f = Plane.function(variant.parameters().get("function"), Plane.XS);
        point = LearningRateRaceChart.numbers(variant.parameters().get("point"));
        PlotWindow w = Plane.around(4, point, new double[] {0, 0});
        chart = Plane.contourChart(
                getTranslation("exercise.chart.gradient-field.summary"),
                getTranslation("exercise.chart.gradient-field.title"),
                f,
                w,
                Plane.XS);
        double spacing = (w.xMax() - w.xMin()) / ARROWS;
        double[] g = new double[2];
        double longest = 0;
        List<double[]> field = new ArrayList<>();
        for (int i = 0; i < ARROWS; i++) {
            for (int j = 0; j < ARROWS; j++) {
                double[] p = {w.xMin() + (i + 0.5) * spacing, w.yMin() + (j + 0.5) * (w.yMax() - w.yMin()) / ARROWS};
                f.valueAndGradient(p, g);
                field.add(new double[] {p[0], p[1], -g[0], -g[1]});
                longest = Math.max(longest, Math.hypot(g[0], g[1]));
            }
        }
        // the longest arrow spans most of a grid cell, so arrows never overlap
        double scale = longest > 0 ? 0.85 * spacing / longest : 1;
        List<Arrow> arrows = field.stream()
                .map(a -> new Arrow(a[0], a[1], scale * a[2], scale * a[3]))
                .toList();
        f.valueAndGradient(point, g);
        double norm = Math.hypot(g[0], g[1]);
        pointScale = norm > 0 ? 0.2 * (w.xMax() - w.xMin()) / norm : scale;
        chart.updateSeries(
                ArrowField.of("field", getTranslation("exercise.chart.gradient-field.field"), arrows)
                        .withColour(Colour.GREY),
                ArrowField.of(
                                "true",
                                getTranslation("exercise.chart.gradient-field.true"),
                                List.of(Plane.arrow(point, new double[] {-g[0], -g[1]}, pointScale)))
                        .withColour(Colour.GREEN),
                PathSeries.of(
                                "point",
                                getTranslation(
                                        "exercise.chart.gradient-field.point",
                                        Samples.format(point[0]),
                                        Samples.format(point[1])),
                                List.of(new Point(point[0], point[1])))
                        .withColour(Colour.BLUE)
                        .withMarkers(5, 6));
        getContent().add(chart);
    }

    @Override
    public void answersChanged(Map<String, Answer> answers) {
        if (answers.get("steepest-descent") instanceof Answer.Entries e
                && e.entries().size() == 2) {
            double[] v = {
                Plane.value(e.entries().get(0), Plane.XS, point),
                Plane.value(e.entries().get(1), Plane.XS, point)
            };
            if (Double.isFinite(v[0]) && Double.isFinite(v[1])) {
                chart.updateSeries(ArrowField.of(
                                "yours",
                                getTranslation("exercise.chart.gradient-field.yours"),
                                List.of(Plane.arrow(point, v, pointScale)))
                        .withColour(Colour.VERMILION));
                return;
            }
        }
        chart.removeSeries("yours");
    }
}
