package org.gradientlab.ui.playground;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.charts.Point;
import org.gradientlab.engine.optim.Trajectory;

/**
 * What of a run travels to the browser. A run of thousands of steps mostly crawls; the chart needs only the
 * iterates that move at least a fraction of a pixel, so a path keeps x₀, every iterate at least
 * {@link #MIN_MOVE} of the window away from the last one kept, and the last finite iterate. A loss curve keeps the
 * lowest and highest value of each of at most {@link #LOSS_BUCKETS} runs of steps, so oscillations stay visible.
 * Non-finite points are never sent: a diverged path ends at its last finite iterate.
 */
final class Thinning {

    /** The smallest move kept, as a fraction of the window's width and height (a third of a pixel on 600). */
    static final double MIN_MOVE = 1.0 / 1800;
    /** The most points a path sends; past that, every n-th of the kept points. */
    static final int MAX_PATH_POINTS = 2400;

    static final int LOSS_BUCKETS = 600;
    /** Points farther out than this many window sizes are not drawn (a diverging path leaves the picture). */
    private static final double FAR = 1e4;

    private Thinning() {}

    /** The iterates worth drawing, in order. */
    static List<Point> path(Trajectory trajectory, Window window) {
        List<Point> kept = new ArrayList<>();
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        int n = trajectory.size();
        for (int k = 0; k < n; k++) {
            double x = trajectory.coordinate(k, 0);
            double y = trajectory.coordinate(k, 1);
            if (!drawable(x, y, window)) {
                break;
            }
            boolean moved = k == 0
                    || Math.abs(x - lastX) >= MIN_MOVE * window.width()
                    || Math.abs(y - lastY) >= MIN_MOVE * window.height();
            boolean last =
                    k == n - 1 || !drawable(trajectory.coordinate(k + 1, 0), trajectory.coordinate(k + 1, 1), window);
            if (moved || last) {
                kept.add(new Point(x, y));
                lastX = x;
                lastY = y;
            }
        }
        return every(kept, MAX_PATH_POINTS);
    }

    /** The points (k, f(x_k)) worth drawing; non-finite losses end the curve. */
    static List<Point> losses(Trajectory trajectory) {
        int n = 0;
        while (n < trajectory.size() && Double.isFinite(trajectory.loss(n))) {
            n++;
        }
        List<Point> points = new ArrayList<>();
        if (n <= 2 * LOSS_BUCKETS) {
            for (int k = 0; k < n; k++) {
                points.add(new Point(k, trajectory.loss(k)));
            }
            return points;
        }
        for (int b = 0; b < LOSS_BUCKETS; b++) {
            int from = (int) ((long) b * n / LOSS_BUCKETS);
            int to = (int) ((long) (b + 1) * n / LOSS_BUCKETS);
            int low = from;
            int high = from;
            for (int k = from; k < to; k++) {
                if (trajectory.loss(k) < trajectory.loss(low)) {
                    low = k;
                }
                if (trajectory.loss(k) > trajectory.loss(high)) {
                    high = k;
                }
            }
            int first = Math.min(low, high);
            int second = Math.max(low, high);
            points.add(new Point(first, trajectory.loss(first)));
            if (second != first) {
                points.add(new Point(second, trajectory.loss(second)));
            }
        }
        int last = n - 1;
        if (points.getLast().x() != last) {
            points.add(new Point(last, trajectory.loss(last)));
        }
        return points;
    }

    private static boolean drawable(double x, double y, Window window) {
        double cx = (window.xMin() + window.xMax()) / 2;
        double cy = (window.yMin() + window.yMax()) / 2;
        return Double.isFinite(x)
                && Double.isFinite(y)
                && Math.abs(x - cx) <= FAR * window.width()
                && Math.abs(y - cy) <= FAR * window.height();
    }

    /** At most {@code max} of the points, evenly strided, always with the first and the last. */
    private static List<Point> every(List<Point> points, int max) {
        if (points.size() <= max) {
            return points;
        }
        List<Point> fewer = new ArrayList<>(max);
        double stride = (points.size() - 1) / (double) (max - 1);
        for (int i = 0; i < max; i++) {
            fewer.add(points.get((int) Math.round(i * stride)));
        }
        return fewer;
    }
}
