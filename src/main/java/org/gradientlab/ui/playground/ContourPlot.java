package org.gradientlab.ui.playground;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.charts.ContourLine;
import org.gradientlab.charts.Point;
import org.gradientlab.engine.contour.ContourGrid;
import org.gradientlab.engine.contour.ContourLevel;
import org.gradientlab.engine.contour.ContourLevels;
import org.gradientlab.engine.contour.MarchingSquares;
import org.gradientlab.engine.contour.Polyline;
import org.gradientlab.engine.function.DifferentiableFunction;

/**
 * The contour lines of f over the plot window: f sampled on a {@value #GRID}×{@value #GRID} grid, levels chosen by
 * the engine (log-spaced towards the minimum when the range is wide and the valley narrow, as Rosenbrock's, evenly
 * spaced otherwise) and traced by marching squares.
 */
final class ContourPlot {

    static final int GRID = 141;
    static final int LEVELS = 22;

    private ContourPlot() {}

    /** The contour lines; none when f is constant or nowhere finite on the window. */
    static List<ContourLine> lines(Surface surface, Window window) {
        DifferentiableFunction f = surface.function();
        ContourGrid grid =
                ContourGrid.sample(f, window.xMin(), window.xMax(), window.yMin(), window.yMax(), GRID, GRID);
        double[] levels = ContourLevels.choose(grid, LEVELS);
        List<ContourLine> lines = new ArrayList<>();
        int decimals = Math.max(0, 4 - (int) Math.floor(Math.log10(Math.max(window.width(), window.height()))));
        double scale = Math.pow(10, decimals);
        if (levels.length == 0) {
            return lines;
        }
        // Coordinates to 1e-4 of the window: far below a pixel, and short on the wire (10^d is exact, so the
        // quotient is the nearest double to a short decimal).
        for (ContourLevel level : MarchingSquares.contours(grid, levels)) {
            for (Polyline polyline : level.polylines()) {
                double[] xs = polyline.x();
                double[] ys = polyline.y();
                List<Point> points = new ArrayList<>(xs.length);
                for (int i = 0; i < xs.length; i++) {
                    points.add(new Point(Math.rint(xs[i] * scale) / scale, Math.rint(ys[i] * scale) / scale));
                }
                lines.add(new ContourLine(level.level(), points));
            }
        }
        return lines;
    }
}
