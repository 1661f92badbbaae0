package org.gradientlab.ui.exercises.live;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gradientlab.charts.Axis;
import org.gradientlab.charts.Chart;
import org.gradientlab.charts.ChartConfig;
import org.gradientlab.charts.Colour;
import org.gradientlab.charts.LineSeries;
import org.gradientlab.charts.Point;
import org.gradientlab.engine.calculus.FiniteDifference;
import org.gradientlab.engine.expr.Expr;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.ParseResult;
import org.gradientlab.engine.expr.Variables;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.Variant;

/**
 * The Jacobian's chart: for every cell, the error of the central difference against the exact entry as the step h
 * runs over twelve decades (the V of truncation against round-off), a slider that picks one h, and a table of
 * each cell's exact value, its central-difference estimate at that h and the student's entry evaluated at the
 * point. The grader's per-cell mask colours the student's grid itself.
 */
final class JacobianChart extends LiveChart {

    static final double LOG_H_MIN = -12;
    static final double LOG_H_MAX = 0;
    private static final List<String> VARIABLES = List.of("x1", "x2");
    private static final Variables XS = Variables.of("x1", "x2");

    final Chart chart;
    final Slider step;
    final Div table = new Div();
    private final List<Expr> components = new ArrayList<>();
    private final double[] point;
    private final double[][] exact;
    private List<List<String>> yourCells = List.of();
    private double lowestError = Double.POSITIVE_INFINITY;
    private double highestError = 0;

    JacobianChart(Variant variant) {
        for (String c : variant.parameters().get("components").split(";")) {
            components.add(Expression.parse(c.strip(), XS).tree());
        }
        String[] p = variant.parameters().get("point").split(",");
        point = new double[] {Double.parseDouble(p[0].strip()), Double.parseDouble(p[1].strip())};
        exact = new double[components.size()][2];
        for (int i = 0; i < components.size(); i++) {
            Expression fi = Expression.of(components.get(i), XS);
            for (int j = 0; j < 2; j++) {
                exact[i][j] = fi.derivative(VARIABLES.get(j)).evaluate(point);
            }
        }
        double[] hs = Samples.logarithmic(LOG_H_MIN, LOG_H_MAX, 97);
        double[][][] estimates = new double[hs.length][][];
        for (int k = 0; k < hs.length; k++) {
            estimates[k] = FiniteDifference.CENTRAL.jacobian(components, VARIABLES, point, hs[k]);
        }
        List<LineSeries> errors = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            for (int j = 0; j < 2; j++) {
                List<Point> curve = new ArrayList<>();
                for (int k = 0; k < hs.length; k++) {
                    double error = Math.abs(estimates[k][i][j] - exact[i][j]);
                    // an exact zero has no place on a log axis: it becomes a gap
                    curve.add(new Point(hs[k], error > 0 ? error : Double.NaN));
                    if (error > 0 && Double.isFinite(error)) {
                        lowestError = Math.min(lowestError, error);
                        highestError = Math.max(highestError, error);
                    }
                }
                errors.add(LineSeries.of("cell-" + i + "-" + j, "J" + sub(i + 1) + sub(j + 1), curve)
                        .withColour(Colour.automatic(2 * i + j))
                        .withWidth(1.5));
            }
        }
        ChartConfig config = ChartConfig.of(
                        getTranslation("exercise.chart.jacobian.summary"),
                        Axis.logarithmic(getTranslation("exercise.chart.jacobian.h")),
                        Axis.logarithmic(getTranslation("exercise.chart.jacobian.error")))
                .withTitle(getTranslation("exercise.chart.jacobian.title"))
                .with(errors.toArray(LineSeries[]::new));
        chart = new Chart(config);
        chart.setChartHeight("20rem");

        step = new Slider(
                getTranslation("exercise.chart.jacobian.step"),
                LOG_H_MIN,
                LOG_H_MAX,
                0.25,
                e -> Math.pow(10, e),
                h -> "h = " + Samples.format(h));
        step.setPosition(-5);
        step.onChange(h -> redraw());
        table.addClassName("gl-fd-table");
        Paragraph note = new Paragraph(getTranslation("exercise.chart.jacobian.note"));
        note.addClassName("gl-chart-readout");
        getContent().add(chart, step, table, note);
        redraw();
    }

    @Override
    public void answersChanged(Map<String, Answer> answers) {
        yourCells = answers.get("jacobian") instanceof Answer.Grid g ? g.rows() : List.of();
        redraw();
    }

    private void redraw() {
        double h = step.value();
        double[][] estimate = FiniteDifference.CENTRAL.jacobian(components, VARIABLES, point, h);
        chart.updateSeries(LineSeries.of(
                        "chosen-h",
                        "h = " + Samples.format(h),
                        List.of(new Point(h, Math.min(lowestError, 1e-16)), new Point(h, Math.max(highestError, 1e-2))))
                .withColour(Colour.GREY)
                .asDashed()
                .withWidth(1));
        table.removeAll();
        table.add(
                cell("gl-fd-head", getTranslation("exercise.chart.jacobian.cell")),
                cell("gl-fd-head", getTranslation("exercise.chart.jacobian.exact")),
                cell("gl-fd-head", getTranslation("exercise.chart.jacobian.central")),
                cell("gl-fd-head", getTranslation("exercise.chart.jacobian.yours")));
        for (int i = 0; i < exact.length; i++) {
            for (int j = 0; j < 2; j++) {
                table.add(
                        cell("gl-fd-name", "J" + sub(i + 1) + sub(j + 1)),
                        cell("gl-fd-value", Samples.format(exact[i][j])),
                        cell("gl-fd-value", Samples.format(estimate[i][j])),
                        cell("gl-fd-value", yours(i, j)));
            }
        }
    }

    /** The student's cell evaluated at the point, "—" when it is missing or does not read. */
    private String yours(int i, int j) {
        if (i >= yourCells.size()
                || j >= yourCells.get(i).size()
                || yourCells.get(i).get(j).isBlank()) {
            return "—";
        }
        return Expression.tryParse(yourCells.get(i).get(j), XS) instanceof ParseResult.Success s
                ? Samples.format(s.expression().evaluate(point))
                : "?";
    }

    private static Span cell(String className, String text) {
        Span span = new Span(text);
        span.addClassName(className);
        return span;
    }

    private static String sub(int n) {
        return String.valueOf((char) ('₀' + n));
    }
}
