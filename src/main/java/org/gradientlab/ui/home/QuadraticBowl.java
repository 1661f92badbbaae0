package org.gradientlab.ui.home;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.charts.ContourLine;
import org.gradientlab.charts.Point;

/**
 * Gradient descent on f(x₁, x₂) = x₁² + 10x₂² from (3, 2), the ill-conditioned bowl of the learning-rate race,
 * in closed form: the Hessian is diag(2, 20), so each step multiplies x₁ by (1 − 2α) and x₂ by (1 − 20α), and
 * the level sets are ellipses. GD converges for every α below 2/λmax = 0.1, oscillates for ever at 0.1 and
 * diverges above.
 */
final class QuadraticBowl {

    static final double DIVERGENCE_THRESHOLD = 0.1;
    static final int STEPS = 30;
    private static final double START_X1 = 3;
    private static final double START_X2 = 2;
    private static final double[] LEVELS = {0.5, 2, 5, 10, 20, 35, 55, 80};

    enum Fate {
        CONVERGES,
        OSCILLATES,
        DIVERGES
    }

    private QuadraticBowl() {}

    static double f(double x1, double x2) {
        return x1 * x1 + 10 * x2 * x2;
    }

    /** The iterates x₀ … x_STEPS, cut short once they leave the picture by far. */
    static List<Point> path(double alpha) {
        List<Point> points = new ArrayList<>();
        double x1 = START_X1;
        double x2 = START_X2;
        for (int k = 0; k <= STEPS && Math.abs(x1) + Math.abs(x2) < 1e3; k++) {
            points.add(new Point(x1, x2));
            x1 *= 1 - 2 * alpha;
            x2 *= 1 - 20 * alpha;
        }
        return points;
    }

    /** Whether the largest contraction factor max(|1 − 2α|, |1 − 20α|) is below, at or above 1. */
    static Fate fate(double alpha) {
        double factor = Math.max(Math.abs(1 - 2 * alpha), Math.abs(1 - 20 * alpha));
        return factor < 1 ? Fate.CONVERGES : factor == 1 ? Fate.OSCILLATES : Fate.DIVERGES;
    }

    /** The ellipses x₁² + 10x₂² = c for a few levels c. */
    static List<ContourLine> contours() {
        List<ContourLine> lines = new ArrayList<>();
        for (double c : LEVELS) {
            List<Point> ring = new ArrayList<>();
            for (int i = 0; i <= 96; i++) {
                double t = 2 * Math.PI * i / 96;
                ring.add(new Point(Math.sqrt(c) * Math.cos(t), Math.sqrt(c / 10) * Math.sin(t)));
            }
            lines.add(new ContourLine(c, ring));
        }
        return lines;
    }
}
