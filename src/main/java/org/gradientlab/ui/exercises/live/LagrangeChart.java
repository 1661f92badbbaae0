package org.gradientlab.ui.exercises.live;

import java.util.List;
import java.util.Map;
import org.gradientlab.charts.Arrow;
import org.gradientlab.charts.ArrowField;
import org.gradientlab.charts.Chart;
import org.gradientlab.charts.Colour;
import org.gradientlab.charts.LineSeries;
import org.gradientlab.charts.PathSeries;
import org.gradientlab.charts.Point;
import org.gradientlab.engine.autodiff.CompiledFunction;
import org.gradientlab.engine.landscape.PlotWindow;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.Variant;

/**
 * Lagrange multipliers: the contours of f(x, y) = p·x² + q·y², the constraint line u·x + v·y = w, the constrained
 * minimum where a contour touches the line, with ∇f and ∇g drawn there (parallel: ∇f = −λ∇g with L = f + λg), and
 * the student's (x, y) as soon as both read.
 */
final class LagrangeChart extends LiveChart {

    final Chart chart;

    LagrangeChart(Variant variant) {
        double[] weights = LearningRateRaceChart.numbers(variant.parameters().get("objective-weights"));
        double[] line = LearningRateRaceChart.numbers(variant.parameters().get("constraint"));
        double p = weights[0];
        double q = weights[1];
        double u = line[0];
        double v = line[1];
        double w = line[2];
        // ∇f = −λ∇g gives x = −λu/(2p), y = −λv/(2q); putting them into the constraint gives λ
        double lambda = -w / (u * u / (2 * p) + v * v / (2 * q));
        double[] optimum = {-lambda * u / (2 * p), -lambda * v / (2 * q)};
        List<String> xy = List.of("x", "y");
        CompiledFunction f = Plane.function("(" + p + ")*x^2 + (" + q + ")*y^2", xy);
        PlotWindow win = Plane.around(3, optimum, new double[] {0, 0});
        chart = Plane.contourChart(
                getTranslation("exercise.chart.lagrange.summary"),
                getTranslation("exercise.chart.lagrange.title"),
                f,
                win,
                xy);
        double[] gradF = {2 * p * optimum[0], 2 * q * optimum[1]};
        double scale = 0.25 * (win.xMax() - win.xMin()) / Math.max(Math.hypot(gradF[0], gradF[1]), Math.hypot(u, v));
        chart.updateSeries(
                LineSeries.of(
                                "constraint",
                                getTranslation("exercise.chart.lagrange.constraint"),
                                constraint(u, v, w, win))
                        .withColour(Colour.PURPLE),
                ArrowField.of(
                                "grad-f",
                                "∇f",
                                List.of(new Arrow(optimum[0], optimum[1], scale * gradF[0], scale * gradF[1])))
                        .withColour(Colour.BLUE),
                ArrowField.of("grad-g", "∇g", List.of(new Arrow(optimum[0], optimum[1], scale * u, scale * v)))
                        .withColour(Colour.ORANGE),
                PathSeries.of(
                                "optimum",
                                getTranslation("exercise.chart.lagrange.optimum"),
                                List.of(new Point(optimum[0], optimum[1])))
                        .withColour(Colour.GREEN)
                        .withMarkers(0, 6));
        getContent().add(chart);
    }

    /** The line u·x + v·y = w across the window. */
    private static List<Point> constraint(double u, double v, double w, PlotWindow win) {
        if (Math.abs(v) >= Math.abs(u)) {
            return List.of(
                    new Point(win.xMin(), (w - u * win.xMin()) / v), new Point(win.xMax(), (w - u * win.xMax()) / v));
        }
        return List.of(
                new Point((w - v * win.yMin()) / u, win.yMin()), new Point((w - v * win.yMax()) / u, win.yMax()));
    }

    @Override
    public void answersChanged(Map<String, Answer> answers) {
        double x = answers.get("x") instanceof Answer.Text t
                ? Plane.value(t.text(), List.of(), new double[0])
                : Double.NaN;
        double y = answers.get("y") instanceof Answer.Text t
                ? Plane.value(t.text(), List.of(), new double[0])
                : Double.NaN;
        if (Double.isFinite(x) && Double.isFinite(y)) {
            chart.updateSeries(
                    PathSeries.of("yours", getTranslation("exercise.chart.lagrange.yours"), List.of(new Point(x, y)))
                            .withColour(Colour.VERMILION)
                            .withMarkers(0, 6));
        } else {
            chart.removeSeries("yours");
        }
    }
}
