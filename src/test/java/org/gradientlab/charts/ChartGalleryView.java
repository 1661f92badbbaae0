package org.gradientlab.charts;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;

/**
 * Every kind of series and axis on one page, for the browser tests (test sources only, so the site never has
 * this route): contours over a heatmap with an arrow field and a path, logarithmic axes, dashed lines.
 */
@Route("test/charts")
@AnonymousAllowed
public class ChartGalleryView extends Div {

    public ChartGalleryView() {
        getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "1fr 1fr")
                .set("gap", "1rem")
                .set("padding", "1rem");
        add(landscape(), losses(), errors(), tangent());
    }

    /** f(x, y) = x² + 3y² with its elliptic contours, −∇f arrows, a GD path and a heatmap of f. */
    private static Chart landscape() {
        List<ContourLine> lines = new ArrayList<>();
        for (double c : new double[] {0.5, 2, 4.5, 8}) {
            List<Point> ring = new ArrayList<>();
            for (int i = 0; i <= 64; i++) {
                double t = 2 * Math.PI * i / 64;
                ring.add(new Point(Math.sqrt(c) * Math.cos(t), Math.sqrt(c / 3) * Math.sin(t)));
            }
            lines.add(new ContourLine(c, ring));
        }
        List<Arrow> arrows = new ArrayList<>();
        for (double x = -2.5; x <= 2.5; x += 1) {
            for (double y = -1.5; y <= 1.5; y += 1) {
                arrows.add(new Arrow(x, y, -0.1 * 2 * x, -0.1 * 6 * y));
            }
        }
        List<Point> path = new ArrayList<>();
        double x = 2.5;
        double y = 1.2;
        for (int k = 0; k < 15; k++) {
            path.add(new Point(x, y));
            x -= 0.15 * 2 * x;
            y -= 0.15 * 6 * y;
        }
        ChartConfig config = ChartConfig.of(
                        "Contours of x² + 3y² with −∇f and a gradient-descent path.",
                        Axis.linear("x").withRange(-3, 3),
                        Axis.linear("y").withRange(-2, 2))
                .withTitle("Landscape")
                .withHeatmap(Heatmap.sample((a, b) -> a * a + 3 * b * b, -3, 3, -2, 2, 60, 40))
                .with(Contours.of("f", lines), ArrowField.of("grad", "−∇f", arrows), PathSeries.of("gd", "GD", path));
        Chart chart = new Chart(config);
        chart.setId("gallery-landscape");
        return chart;
    }

    /** Loss curves 0.9^k and 0.5^k on a logarithmic axis, one dashed. */
    private static Chart losses() {
        double[] slow = new double[60];
        double[] fast = new double[60];
        for (int k = 0; k < 60; k++) {
            slow[k] = Math.pow(0.9, k);
            fast[k] = Math.pow(0.5, k);
        }
        Chart chart = new Chart(ChartConfig.of(
                        "Two loss curves falling geometrically.", Axis.linear("step k"), Axis.logarithmic("f(x_k)"))
                .withTitle("Loss (log scale)")
                .with(
                        LineSeries.of("slow", "ratio 0.9", Point.indexed(slow)),
                        LineSeries.of("fast", "ratio 0.5", Point.indexed(fast)).asDashed()));
        chart.setId("gallery-losses");
        return chart;
    }

    /** Error of the central difference of x³ at 1.5 against h, on log–log axes (truncation h², round-off ε/h). */
    private static Chart errors() {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i <= 48; i++) {
            double h = Math.pow(10, -12 + i * 0.25);
            double estimate = (Math.pow(1.5 + h, 3) - Math.pow(1.5 - h, 3)) / (2 * h);
            points.add(new Point(h, Math.abs(estimate - 6.75)));
        }
        Chart chart = new Chart(ChartConfig.of(
                        "Central-difference error against h on log–log axes.",
                        Axis.logarithmic("h"),
                        Axis.logarithmic("error"))
                .withTitle("Finite differences")
                .with(PathSeries.of("central", "central difference", points).withMarkers(2, 2)));
        chart.setId("gallery-errors");
        return chart;
    }

    /** sin x with its tangent at 1. */
    private static Chart tangent() {
        List<Point> f = new ArrayList<>();
        for (int i = 0; i <= 100; i++) {
            double x = -3 + 6.0 * i / 100;
            f.add(new Point(x, Math.sin(x)));
        }
        List<Point> tangent =
                List.of(new Point(-1, Math.sin(1) - 2 * Math.cos(1)), new Point(3, Math.sin(1) + 2 * Math.cos(1)));
        Chart chart = new Chart(ChartConfig.of("sin x with its tangent at x = 1.", Axis.linear("x"), Axis.linear("y"))
                .withTitle("Tangent")
                .with(
                        LineSeries.of("f", "sin x", f),
                        LineSeries.of("t", "tangent at 1", tangent).asDashed().withColour(Colour.GREY)));
        chart.setId("gallery-tangent");
        return chart;
    }
}
