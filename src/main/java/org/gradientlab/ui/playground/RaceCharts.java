package org.gradientlab.ui.playground;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.gradientlab.charts.Axis;
import org.gradientlab.charts.ChartConfig;
import org.gradientlab.charts.Colour;
import org.gradientlab.charts.ContourLine;
import org.gradientlab.charts.Contours;
import org.gradientlab.charts.LineSeries;
import org.gradientlab.charts.PathSeries;
import org.gradientlab.charts.Point;
import org.gradientlab.charts.Scale;
import org.gradientlab.charts.Series;
import org.gradientlab.engine.optim.RunResult;

/**
 * The series of the two race charts: on the contour plot of f, every racer's path (thinned to what a screen can
 * show, never a non-finite point), the start and the known minimisers; on the loss chart, f(x_k) over the steps,
 * on a logarithmic axis whenever every value is positive.
 */
final class RaceCharts {

    static final String CONTOURS = "contours";
    static final String START = "start";
    static final Colour START_COLOUR = Colour.GREY;
    static final Colour MINIMUM_COLOUR = new Colour("#C026D3");
    /** Paths with at most this many points show a marker on every iterate. */
    static final int MARKED_PATH = 80;

    private RaceCharts() {}

    static String pathId(int key) {
        return "path-" + key;
    }

    static String lossId(int key) {
        return "loss-" + key;
    }

    static String minimumId(int index) {
        return "minimum-" + index;
    }

    static ChartConfig contourConfig(Component c, PlaygroundState state, List<Series> series) {
        Window w = state.window();
        return ChartConfig.of(
                        c.getTranslation(
                                "playground.contour.summary",
                                state.function(),
                                Texts.point(state.startX(), state.startY())),
                        Axis.linear("x").withRange(w.xMin(), w.xMax()),
                        Axis.linear("y").withRange(w.yMin(), w.yMax()))
                .withTitle(c.getTranslation("playground.contour.title"))
                .with(series.toArray(Series[]::new));
    }

    static Contours contours(Component c, List<ContourLine> lines) {
        return new Contours(CONTOURS, "f", lines);
    }

    static PathSeries start(Component c, PlaygroundState state) {
        return PathSeries.of(
                        START,
                        c.getTranslation("playground.start-marker", Texts.point(state.startX(), state.startY())),
                        List.of(new Point(state.startX(), state.startY())))
                .withColour(START_COLOUR)
                .withMarkers(0, 6);
    }

    static List<PathSeries> minimisers(Component c, List<double[]> points) {
        List<PathSeries> series = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            double[] m = points.get(i);
            series.add(PathSeries.of(
                            minimumId(i),
                            c.getTranslation(
                                    i == 0 ? "playground.minimum-marker" : "playground.local-minimum-marker",
                                    Texts.point(m[0], m[1])),
                            List.of(new Point(m[0], m[1])))
                    .withColour(MINIMUM_COLOUR)
                    .withMarkers(0, 5));
        }
        return series;
    }

    static PathSeries path(Component c, int key, Lap lap, Window window) {
        List<Point> points =
                lap instanceof Lap.Finished f ? Thinning.path(f.result().trajectory(), window) : List.of();
        double marker = points.size() <= MARKED_PATH ? 2.5 : 0;
        return PathSeries.of(pathId(key), Texts.racer(c, lap.racer()), points)
                .withColour(lap.racer().colour())
                .withMarkers(marker, 5);
    }

    static LineSeries loss(Component c, int key, Lap lap) {
        List<Point> points =
                lap instanceof Lap.Finished f ? Thinning.losses(f.result().trajectory()) : List.of();
        return LineSeries.of(lossId(key), Texts.racer(c, lap.racer()), points)
                .withColour(lap.racer().colour())
                .withWidth(1.75);
    }

    /**
     * The loss axis for these runs: logarithmic when every finite loss is positive; its top is the highest loss of
     * the runs that did not diverge (usually f(x₀)), so one diverging racer does not flatten everyone else's curve.
     */
    static Axis lossAxis(Component c, Collection<Lap> laps) {
        boolean positive = true;
        double top = Double.NEGATIVE_INFINITY;
        for (Lap lap : laps) {
            if (lap instanceof Lap.Finished f) {
                RunResult result = f.result();
                for (int k = 0; k < result.trajectory().size(); k++) {
                    double loss = result.trajectory().loss(k);
                    if (Double.isFinite(loss)) {
                        positive &= loss > 0;
                        if (result.reason() != org.gradientlab.engine.optim.StopReason.DIVERGED) {
                            top = Math.max(top, loss);
                        }
                    }
                }
            }
        }
        String title = c.getTranslation("playground.loss.axis");
        Scale scale = positive ? Scale.LOGARITHMIC : Scale.LINEAR;
        if (!Double.isFinite(top) || (positive && top <= 0)) {
            return new Axis(title, scale, null, null);
        }
        double span = Math.max(Math.abs(top), 1e-12);
        return new Axis(title, scale, null, positive ? top * 1.5 : top + 0.05 * span);
    }

    static ChartConfig lossConfig(Component c, Axis yAxis, List<Series> series) {
        return ChartConfig.of(
                        c.getTranslation("playground.loss.summary"),
                        Axis.linear(c.getTranslation("playground.loss.steps")),
                        yAxis)
                .withTitle(c.getTranslation("playground.loss.title"))
                .with(series.toArray(Series[]::new));
    }
}
