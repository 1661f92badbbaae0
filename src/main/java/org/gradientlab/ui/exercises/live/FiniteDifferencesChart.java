package org.gradientlab.ui.exercises.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.gradientlab.charts.Axis;
import org.gradientlab.charts.Chart;
import org.gradientlab.charts.ChartConfig;
import org.gradientlab.charts.Colour;
import org.gradientlab.charts.LineSeries;
import org.gradientlab.charts.Point;
import org.gradientlab.engine.calculus.FiniteDifference;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.Variables;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.Variant;

/**
 * Finite differences: the errors of the forward and the central difference against the exact derivative as the
 * step h runs over fourteen decades, on log–log axes — truncation falling like h and h², round-off growing like
 * ε/h — with the variant's h marked and the student's best step marked as soon as it reads.
 */
final class FiniteDifferencesChart extends LiveChart {

    final Chart chart;
    private final double lowest;
    private final double highest;

    FiniteDifferencesChart(Variant variant) {
        Map<String, String> p = variant.parameters();
        Expression f = Expression.parse(p.get("function"), Variables.of("x"));
        double x0 = Double.parseDouble(p.get("point").strip());
        double step = Double.parseDouble(p.get("step").strip());
        double exact = f.derivative("x").evaluate(x0);
        DoubleUnaryOperator g = x -> f.evaluate(x);
        double[] hs = Samples.logarithmic(-14, 0, 113);
        List<Point> forward = new ArrayList<>();
        List<Point> central = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (double h : hs) {
            double ef = Math.abs(FiniteDifference.FORWARD.derivative(g, x0, h) - exact);
            double ec = Math.abs(FiniteDifference.CENTRAL.derivative(g, x0, h) - exact);
            forward.add(new Point(h, ef));
            central.add(new Point(h, ec));
            for (double e : new double[] {ef, ec}) {
                if (e > 0 && Double.isFinite(e)) {
                    min = Math.min(min, e);
                    max = Math.max(max, e);
                }
            }
        }
        lowest = min;
        highest = max;
        chart = new Chart(ChartConfig.of(
                        getTranslation("exercise.chart.finite-differences.summary"),
                        Axis.logarithmic(getTranslation("exercise.chart.jacobian.h")),
                        Axis.logarithmic(getTranslation("exercise.chart.finite-differences.error")))
                .withTitle(getTranslation("exercise.chart.finite-differences.title"))
                .with(
                        LineSeries.of("forward", getTranslation("exercise.chart.finite-differences.forward"), forward)
                                .withColour(Colour.ORANGE),
                        LineSeries.of("central", getTranslation("exercise.chart.finite-differences.central"), central)
                                .withColour(Colour.BLUE),
                        marker("step", "h = " + Samples.format(step), step).withColour(Colour.GREY)));
        chart.setChartHeight("20rem");
        getContent().add(chart);
    }

    private LineSeries marker(String id, String label, double h) {
        return LineSeries.of(id, label, List.of(new Point(h, lowest), new Point(h, highest)))
                .asDashed()
                .withWidth(1);
    }

    @Override
    public void answersChanged(Map<String, Answer> answers) {
        double h = answers.get("best-step") instanceof Answer.Text t
                ? Plane.value(t.text(), List.of(), new double[0])
                : Double.NaN;
        if (h > 0 && Double.isFinite(h)) {
            chart.updateSeries(
                    marker("yours", getTranslation("exercise.chart.finite-differences.yours", Samples.format(h)), h)
                            .withColour(Colour.VERMILION));
        } else {
            chart.removeSeries("yours");
        }
    }
}
