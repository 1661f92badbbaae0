package org.gradientlab.ui.exercises.live;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.gradientlab.charts.Axis;
import org.gradientlab.charts.Chart;
import org.gradientlab.charts.ChartConfig;
import org.gradientlab.charts.Colour;
import org.gradientlab.charts.LineSeries;
import org.gradientlab.charts.PathSeries;
import org.gradientlab.charts.Point;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.ParseResult;
import org.gradientlab.engine.expr.Variables;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.Domain;
import org.gradientlab.exercises.ExpressionCheck;
import org.gradientlab.exercises.Variant;

/**
 * The chain rule's chart: f, its true derivative and the student's derivative (drawn as soon as it reads), the
 * tangent at a point x₀ the student moves with a slider (with the true slope, and with theirs), and on request
 * gradient descent on f from x₀ driven by the student's derivative next to the one driven by the true derivative.
 */
final class ChainRuleChart extends LiveChart {

    static final int SAMPLES = 241;
    static final int GD_STEPS = 30;
    private static final Variables X = Variables.of("x");

    final Chart chart;
    final Slider point;
    final Button runGd = new Button(VaadinIcon.PLAY.create());
    final Paragraph readout = new Paragraph();
    final Paragraph gdReadout = new Paragraph();
    private final DoubleUnaryOperator f;
    private final DoubleUnaryOperator derivative;
    private final double lo;
    private final double hi;
    private final double yMin;
    private final double yMax;
    private final double learningRate;
    private final String partId;
    /** The student's derivative, when their text reads as one. */
    DoubleUnaryOperator yours;

    ChainRuleChart(Variant variant) {
        var part = variant.parts().getFirst();
        partId = part.id();
        Domain.Interval interval =
                ((ExpressionCheck) part.check()).domain().intervals().get("x");
        lo = interval.low();
        hi = interval.high();
        Expression function = Expression.parse(variant.parameters().get("function"), X);
        Expression derivativeExpression = function.derivative("x");
        f = unary(function);
        derivative = unary(derivativeExpression);
        DoubleUnaryOperator second = unary(derivativeExpression.derivative("x"));

        double[] xs = Samples.linear(lo, hi, SAMPLES);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double curvature = 0;
        for (double x : xs) {
            for (double v : new double[] {f.applyAsDouble(x), derivative.applyAsDouble(x)}) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
            curvature = Math.max(curvature, Math.abs(second.applyAsDouble(x)));
        }
        double pad = 0.08 * (max - min + 1e-9);
        yMin = min - pad;
        yMax = max + pad;
        // a step no larger than 1/max|f''| keeps gradient descent with the true derivative from overshooting
        learningRate = curvature > 0 && Double.isFinite(curvature) ? 1 / curvature : 0.1;

        ChartConfig config = ChartConfig.of(
                        getTranslation("exercise.chart.chain-rule.summary"),
                        Axis.linear("x").withRange(lo, hi),
                        Axis.linear("y").withRange(yMin, yMax))
                .withTitle(getTranslation("exercise.chart.chain-rule.title"))
                .with(
                        LineSeries.of("f", getTranslation("exercise.chart.chain-rule.f"), curve(f, xs))
                                .withColour(Colour.BLUE),
                        LineSeries.of(
                                        "true-derivative",
                                        getTranslation("exercise.chart.chain-rule.true"),
                                        curve(derivative, xs))
                                .withColour(Colour.GREEN)
                                .asDashed());
        chart = new Chart(config);
        chart.setChartHeight("22rem");
        chart.addClassName("gl-chain-rule-chart");

        point = new Slider(
                getTranslation("exercise.chart.chain-rule.point"), lo, hi, (hi - lo) / 400, p -> p, Samples::format);
        point.setPosition(lo + 0.7 * (hi - lo));
        point.onChange(x -> redrawTangent());

        runGd.setText(getTranslation("exercise.chart.chain-rule.run-gd"));
        runGd.addThemeVariants(ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_SMALL);
        runGd.addClickListener(e -> runGradientDescent());
        runGd.setEnabled(false);
        runGd.addClassName("gl-run-gd");
        readout.addClassName("gl-chart-readout");
        gdReadout.addClassName("gl-chart-readout");
        gdReadout.setVisible(false);

        Div controls = new Div(point, runGd);
        controls.addClassName("gl-chart-controls");
        getContent().add(chart, controls, readout, gdReadout);
        redrawTangent();
    }

    @Override
    public void answersChanged(Map<String, Answer> answers) {
        Answer answer = answers.get(partId);
        String text = answer instanceof Answer.Text t ? t.text() : "";
        DoubleUnaryOperator read = text.isBlank()
                ? null
                : Expression.tryParse(text, X) instanceof ParseResult.Success s ? unary(s.expression()) : null;
        if (read == null && text.isBlank()) {
            yours = null;
            chart.removeSeries("your-derivative", "your-tangent", "gd-yours", "gd-true");
            gdReadout.setVisible(false);
        } else if (read != null) {
            yours = read;
            double[] xs = Samples.linear(lo, hi, SAMPLES);
            chart.updateSeries(LineSeries.of(
                            "your-derivative",
                            getTranslation("exercise.chart.chain-rule.yours"),
                            clipped(curve(read, xs)))
                    .withColour(Colour.VERMILION));
        }
        runGd.setEnabled(yours != null);
        redrawTangent();
    }

    private void redrawTangent() {
        double x0 = point.value();
        double y0 = f.applyAsDouble(x0);
        double slope = derivative.applyAsDouble(x0);
        List<LineSeries> lines = new ArrayList<>();
        lines.add(tangent("tangent", getTranslation("exercise.chart.chain-rule.tangent"), x0, y0, slope)
                .withColour(Colour.GREY));
        String text = getTranslation("exercise.chart.chain-rule.readout", Samples.format(x0), Samples.format(slope));
        if (yours != null) {
            double yourSlope = yours.applyAsDouble(x0);
            lines.add(
                    tangent("your-tangent", getTranslation("exercise.chart.chain-rule.your-tangent"), x0, y0, yourSlope)
                            .withColour(Colour.ORANGE));
            text += " " + getTranslation("exercise.chart.chain-rule.readout-yours", Samples.format(yourSlope));
        }
        chart.updateSeries(lines.toArray(LineSeries[]::new));
        chart.updateSeries(PathSeries.of("point", "x₀", List.of(new Point(x0, y0)))
                .withColour(Colour.BLUE)
                .withMarkers(5, 6));
        readout.setText(text);
    }

    private LineSeries tangent(String id, String label, double x0, double y0, double slope) {
        double half = 0.18 * (hi - lo);
        double a = x0 - half;
        double b = x0 + half;
        return LineSeries.of(
                        id, label, List.of(new Point(a, y0 + slope * (a - x0)), new Point(b, y0 + slope * (b - x0))))
                .asDashed();
    }

    /** Gradient descent on f from x₀ with the student's derivative and with the true one, side by side. */
    void runGradientDescent() {
        if (yours == null) {
            return;
        }
        double x0 = point.value();
        List<Point> theirs = descend(yours, x0);
        List<Point> truth = descend(derivative, x0);
        chart.updateSeries(
                PathSeries.of("gd-true", getTranslation("exercise.chart.chain-rule.gd-true"), truth)
                        .withColour(Colour.GREEN),
                PathSeries.of("gd-yours", getTranslation("exercise.chart.chain-rule.gd-yours"), theirs)
                        .withColour(Colour.VERMILION));
        Point a = theirs.getLast();
        Point b = truth.getLast();
        gdReadout.setText(getTranslation(
                "exercise.chart.chain-rule.gd-readout",
                GD_STEPS,
                Samples.format(learningRate),
                Samples.format(a.x()),
                Samples.format(a.y()),
                Samples.format(b.x()),
                Samples.format(b.y())));
        gdReadout.setVisible(true);
    }

    /** The iterates (x_k, f(x_k)) of x ← x − α·slope(x), stopping early if they leave the plotted interval. */
    private List<Point> descend(DoubleUnaryOperator slope, double x0) {
        List<Point> points = new ArrayList<>();
        double x = x0;
        for (int k = 0; k <= GD_STEPS; k++) {
            points.add(new Point(x, f.applyAsDouble(x)));
            double next = x - learningRate * slope.applyAsDouble(x);
            if (!Double.isFinite(next) || next < lo - (hi - lo) || next > hi + (hi - lo)) {
                break;
            }
            x = next;
        }
        return points;
    }

    private List<Point> clipped(List<Point> points) {
        double span = yMax - yMin;
        return points.stream()
                .map(p -> p.y() < yMin - 10 * span || p.y() > yMax + 10 * span ? new Point(p.x(), Double.NaN) : p)
                .toList();
    }

    private static List<Point> curve(DoubleUnaryOperator g, double[] xs) {
        List<Point> points = new ArrayList<>(xs.length);
        for (double x : xs) {
            points.add(new Point(x, g.applyAsDouble(x)));
        }
        return points;
    }

    private static DoubleUnaryOperator unary(Expression e) {
        var compiled = e.compile();
        double[] at = new double[1];
        return x -> {
            at[0] = x;
            return compiled.applyAsDouble(at);
        };
    }
}
