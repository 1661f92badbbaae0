package org.gradientlab.ui.exercises.live;

import java.util.List;
import org.gradientlab.charts.Arrow;
import org.gradientlab.charts.Axis;
import org.gradientlab.charts.Chart;
import org.gradientlab.charts.ChartConfig;
import org.gradientlab.charts.Contours;
import org.gradientlab.engine.autodiff.CompiledFunction;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.ParseResult;
import org.gradientlab.engine.expr.Variables;
import org.gradientlab.engine.landscape.PlotWindow;

/** Helpers for charts of a function of (x₁, x₂): compiling it, its contour chart, reading typed vectors. */
final class Plane {

    static final List<String> XS = List.of("x1", "x2");

    private Plane() {}

    /** f(x₁, x₂) from its formula, compiled with its gradient. */
    static CompiledFunction function(String formula, List<String> variables) {
        return CompiledFunction.compile(
                Expression.parse(formula, new Variables(variables)).tree(), variables);
    }

    /** A square-ish window around these points with a margin, at least [−r, r] around the first. */
    static PlotWindow around(double radius, double[]... points) {
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (double[] p : points) {
            xMin = Math.min(xMin, p[0]);
            xMax = Math.max(xMax, p[0]);
            yMin = Math.min(yMin, p[1]);
            yMax = Math.max(yMax, p[1]);
        }
        double span = Math.max(Math.max(xMax - xMin, yMax - yMin), radius);
        double cx = (xMin + xMax) / 2;
        double cy = (yMin + yMax) / 2;
        double half = 0.65 * span + 0.5;
        return new PlotWindow(cx - half, cx + half, cy - half, cy + half);
    }

    /** A chart of f's contours over the window, titled, with subscripted axis names. */
    static Chart contourChart(String summary, String title, CompiledFunction f, PlotWindow w, List<String> names) {
        ChartConfig config = ChartConfig.of(
                        summary,
                        Axis.linear(pretty(names.get(0))).withRange(w.xMin(), w.xMax()),
                        Axis.linear(pretty(names.get(1))).withRange(w.yMin(), w.yMax()))
                .withTitle(title)
                .with(Contours.of("f", Landscapes2D.logContours(f, w, 12, 3)));
        Chart chart = new Chart(config);
        chart.setChartHeight("20rem");
        return chart;
    }

    /** The value of a typed entry (a number or a formula in x₁, x₂) at the point, or NaN when it does not read. */
    static double value(String text, List<String> variables, double[] at) {
        if (text == null || text.isBlank()) {
            return Double.NaN;
        }
        return Expression.tryParse(text, new Variables(variables)) instanceof ParseResult.Success s
                ? s.expression().evaluate(at)
                : Double.NaN;
    }

    /** An arrow from p along v scaled by {@code scale}. */
    static Arrow arrow(double[] p, double[] v, double scale) {
        return new Arrow(p[0], p[1], scale * v[0], scale * v[1]);
    }

    /** x1 → x₁. */
    static String pretty(String variable) {
        return variable.length() == 2 && Character.isDigit(variable.charAt(1))
                ? variable.charAt(0) + String.valueOf((char) ('₀' + (variable.charAt(1) - '0')))
                : variable;
    }
}
