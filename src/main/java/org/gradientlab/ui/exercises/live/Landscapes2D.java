package org.gradientlab.ui.exercises.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gradientlab.charts.ContourLine;
import org.gradientlab.charts.Point;
import org.gradientlab.engine.contour.ContourGrid;
import org.gradientlab.engine.contour.ContourLevel;
import org.gradientlab.engine.contour.MarchingSquares;
import org.gradientlab.engine.contour.Polyline;
import org.gradientlab.engine.function.DifferentiableFunction;
import org.gradientlab.engine.landscape.Landscape;
import org.gradientlab.engine.landscape.PlotWindow;
import org.gradientlab.engine.optim.Trajectory;

/** Contour lines and optimizer paths of a function of two variables, ready for a chart. */
final class Landscapes2D {

    static final int GRID = 121;

    private Landscapes2D() {}

    /** The window widened, if needed, so that {@code point} lies inside with a margin of a tenth of the span. */
    static PlotWindow including(PlotWindow w, double[] point) {
        double mx = 0.1 * (w.xMax() - w.xMin());
        double my = 0.1 * (w.yMax() - w.yMin());
        return new PlotWindow(
                Math.min(w.xMin(), point[0] - mx),
                Math.max(w.xMax(), point[0] + mx),
                Math.min(w.yMin(), point[1] - my),
                Math.max(w.yMax(), point[1] + my));
    }

    /** Contours of catalogue landscapes already computed, by landscape, window and levels. */
    private static final Map<ContourKey, List<ContourLine>> CATALOGUE_CONTOURS = new ConcurrentHashMap<>();

    /** Enough for every landscape and window the catalogue's variants use; beyond it nothing more is kept. */
    private static final int MAX_KEPT = 256;

    private record ContourKey(String landscape, PlotWindow window, int count, double decades) {}

    /**
     * Contours of f over the window at {@code count} levels spread over {@code decades} decades above min f. The
     * lines of a catalogue landscape are the same for every student who opens the page, so they are computed once
     * and shared (they are immutable); a typed function's are computed each time.
     */
    static List<ContourLine> logContours(DifferentiableFunction f, PlotWindow w, int count, double decades) {
        if (f instanceof Landscape landscape) {
            ContourKey key = new ContourKey(landscape.id(), w, count, decades);
            List<ContourLine> kept = CATALOGUE_CONTOURS.get(key);
            if (kept != null) {
                return kept;
            }
            List<ContourLine> lines = List.copyOf(computeLogContours(f, w, count, decades));
            if (CATALOGUE_CONTOURS.size() < MAX_KEPT) {
                CATALOGUE_CONTOURS.putIfAbsent(key, lines);
            }
            return lines;
        }
        return computeLogContours(f, w, count, decades);
    }

    private static List<ContourLine> computeLogContours(
            DifferentiableFunction f, PlotWindow w, int count, double decades) {
        ContourGrid grid = ContourGrid.sample(f, w.xMin(), w.xMax(), w.yMin(), w.yMax(), GRID, GRID);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < grid.ny(); j++) {
            for (int i = 0; i < grid.nx(); i++) {
                double v = grid.value(i, j);
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        double[] levels = org.gradientlab.engine.contour.ContourLevels.logSpaced(min, max, count, decades);
        List<ContourLine> lines = new ArrayList<>();
        for (ContourLevel level : MarchingSquares.contours(grid, levels)) {
            for (Polyline p : level.polylines()) {
                lines.add(new ContourLine(level.level(), Point.zip(p.x(), p.y())));
            }
        }
        return lines;
    }

    /**
     * The iterates of a run as points, ending at the first that leaves the window by more than its own size (a
     * diverging run's later iterates would only squash the picture).
     */
    static List<Point> path(Trajectory t, PlotWindow w) {
        double sx = w.xMax() - w.xMin();
        double sy = w.yMax() - w.yMin();
        List<Point> points = new ArrayList<>();
        for (int k = 0; k < t.size(); k++) {
            double x = t.coordinate(k, 0);
            double y = t.coordinate(k, 1);
            points.add(new Point(x, y));
            if (!(x > w.xMin() - sx && x < w.xMax() + sx && y > w.yMin() - sy && y < w.yMax() + sy)) {
                break;
            }
        }
        return points;
    }

    /** The losses f(x_k) against k; values that a log axis cannot show become gaps. */
    static List<Point> losses(Trajectory t) {
        double[] losses = t.losses();
        List<Point> points = new ArrayList<>(losses.length);
        for (int k = 0; k < losses.length; k++) {
            points.add(new Point(k, losses[k] > 0 && Double.isFinite(losses[k]) ? losses[k] : Double.NaN));
        }
        return points;
    }
}
