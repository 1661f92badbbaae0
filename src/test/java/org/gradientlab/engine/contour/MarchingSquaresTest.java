package org.gradientlab.engine.contour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleBinaryOperator;
import org.gradientlab.engine.function.DifferentiableFunction;
import org.junit.jupiter.api.Test;

/**
 * Marching squares. Along a grid edge the contour point comes from linear interpolation, whose error
 * in f is at most (h²/8)·max|f''| along that edge: the tests bound |f(p) − level| by exactly that.
 */
class MarchingSquaresTest {

    private static final DoubleBinaryOperator CIRCLE = (x, y) -> x * x + y * y;
    private static final DoubleBinaryOperator ROSENBROCK =
            (x, y) -> (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);

    @Test
    void circle_level_is_one_closed_polyline_on_the_level_set() {
        ContourGrid grid = ContourGrid.sample(CIRCLE, -2, 2, -2, 2, 101, 101);
        double h = grid.dx();

        List<Polyline> lines = MarchingSquares.contour(grid, 1);

        assertThat(lines).hasSize(1);
        Polyline circle = lines.get(0);
        assertThat(circle.closed()).isTrue();
        assertThat(circle.x()[0]).isEqualTo(circle.x()[circle.size() - 1]);
        assertThat(circle.y()[0]).isEqualTo(circle.y()[circle.size() - 1]);
        for (int k = 0; k < circle.size(); k++) {
            // f'' = 2 along either axis: |f − 1| ≤ h²/4.
            assertThat(CIRCLE.applyAsDouble(circle.x()[k], circle.y()[k])).isCloseTo(1, within(h * h / 4));
        }
        // The polygon inscribed in the unit circle: area π − O(h²) (chords of length ≲ h).
        assertThat(Math.abs(shoelaceArea(circle))).isCloseTo(Math.PI, within(2 * Math.PI * h * h));
    }

    @Test
    void rosenbrock_contours_lie_on_their_levels() {
        ContourGrid grid = ContourGrid.sample(ROSENBROCK, -2, 2, -1, 3, 201, 201);
        double h = grid.dx();
        double[] levels = ContourLevels.logSpaced(0, 3609, 12);

        int points = 0;
        for (ContourLevel level : MarchingSquares.contours(grid, levels)) {
            assertThat(level.polylines()).isNotEmpty();
            for (Polyline line : level.polylines()) {
                for (int k = 0; k < line.size(); k++) {
                    double x = line.x()[k];
                    double y = line.y()[k];
                    // |f_xx| = |2 − 400y + 1200x²| ≤ 2 + 400(|y| + h) + 1200(|x| + h)² on the edge; f_yy = 200.
                    double curvature = Math.max(2 + 400 * (Math.abs(y) + h) + 1200 * Math.pow(Math.abs(x) + h, 2), 200);
                    assertThat(ROSENBROCK.applyAsDouble(x, y))
                            .isCloseTo(level.level(), within(h * h / 8 * curvature + 1e-9));
                    points++;
                }
            }
        }
        assertThat(points).isGreaterThan(1000);
    }

    @Test
    void rosenbrock_valley_contour_is_a_closed_loop_around_the_minimum() {
        // f = 0.1 is the thin banana (1 − x)² + 100(y − x²)² = 0.1 around (1, 1): x ∈ 1 ± 0.32 and
        // y within 0.032 of x². The grid must resolve that width (h = 0.002 here): on the playground's
        // coarser grids the band breaks into several small loops, a sampling limit, not a tracing error.
        ContourGrid grid = ContourGrid.sample(ROSENBROCK, 0.5, 1.5, 0, 2.5, 501, 501);

        List<Polyline> lines = MarchingSquares.contour(grid, 0.1);

        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).closed()).isTrue();
        assertThat(windingNumber(lines.get(0), 1, 1)).isEqualTo(1);
        assertThat(windingNumber(lines.get(0), 0, 0)).isZero();
    }

    @Test
    void open_contours_run_from_border_to_border() {
        ContourGrid grid = ContourGrid.sample((x, y) -> x, 0, 1, 0, 1, 11, 21);

        List<Polyline> lines = MarchingSquares.contour(grid, 0.35);

        assertThat(lines).hasSize(1);
        Polyline line = lines.get(0);
        assertThat(line.closed()).isFalse();
        assertThat(line.size()).isEqualTo(21);
        // f is linear, so interpolation is exact up to round-off.
        for (double x : line.x()) {
            assertThat(x).isCloseTo(0.35, within(1e-15));
        }
        double[] ys = line.y();
        assertThat(Math.min(ys[0], ys[20])).isEqualTo(0.0);
        assertThat(Math.max(ys[0], ys[20])).isEqualTo(1.0);
    }

    @Test
    void saddle_cells_follow_the_bilinear_interpolant() {
        // f = 1 − x − y + 2xy is bilinear with corner values 1, 0, 1, 0 and saddle value ½ at (½, ½).
        DoubleBinaryOperator saddle = (x, y) -> 1 - x - y + 2 * x * y;
        for (double level : new double[] {0.4, 0.6}) {
            List<Polyline> coarse = MarchingSquares.contour(ContourGrid.sample(saddle, 0, 1, 0, 1, 2, 2), level);
            // On a 101 × 101 grid no cell is ambiguous away from the saddle point itself: an oracle
            // for which border points the true level set joins.
            List<Polyline> fine = MarchingSquares.contour(ContourGrid.sample(saddle, 0, 1, 0, 1, 101, 101), level);

            assertThat(coarse).hasSize(2);
            assertThat(fine).hasSize(2);
            assertThat(endpointPairs(coarse)).containsExactlyInAnyOrderElementsOf(endpointPairs(fine));
        }
    }

    @Test
    void non_finite_values_are_left_out_instead_of_failing() {
        ContourGrid grid = ContourGrid.sample((x, y) -> Math.log(x) + y, -1, 1, -1, 1, 41, 41);

        List<Polyline> lines = MarchingSquares.contour(grid, 0);

        assertThat(lines).isNotEmpty();
        for (Polyline line : lines) {
            for (int k = 0; k < line.size(); k++) {
                assertThat(line.x()[k]).isPositive();
                assertThat(line.y()[k]).isFinite();
            }
        }
    }

    @Test
    void differentiable_functions_of_two_variables_can_be_contoured() {
        DifferentiableFunction bowl = new DifferentiableFunction() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public double value(double[] x) {
                return (x[0] - 2) * (x[0] - 2) + (x[1] + 1) * (x[1] + 1);
            }

            @Override
            public double valueAndGradient(double[] x, double[] gradient) {
                gradient[0] = 2 * (x[0] - 2);
                gradient[1] = 2 * (x[1] + 1);
                return value(x);
            }
        };
        ContourGrid grid = ContourGrid.sample(bowl, 0, 4, -3, 1, 81, 81);

        Polyline loop = MarchingSquares.contour(grid, 1).get(0);

        assertThat(loop.closed()).isTrue();
        assertThat(windingNumber(loop, 2, -1)).isEqualTo(1);
    }

    @Test
    void bad_requests_carry_keys() {
        assertThatThrownBy(() -> ContourGrid.sample(CIRCLE, 0, 1, 0, 1, 1, 5))
                .isInstanceOfSatisfying(
                        ContourException.class, e -> assertThat(e.key()).isEqualTo(ContourMessage.GRID_TOO_SMALL));
        assertThatThrownBy(() -> ContourGrid.sample(CIRCLE, 0, 1, 0, 1, 2000, 2000))
                .isInstanceOfSatisfying(
                        ContourException.class, e -> assertThat(e.key()).isEqualTo(ContourMessage.GRID_TOO_LARGE));
        assertThatThrownBy(() -> ContourGrid.sample(CIRCLE, 1, 1, 0, 1, 5, 5))
                .isInstanceOfSatisfying(
                        ContourException.class, e -> assertThat(e.key()).isEqualTo(ContourMessage.EMPTY_RANGE));
        ContourGrid grid = ContourGrid.sample(CIRCLE, 0, 1, 0, 1, 5, 5);
        assertThatThrownBy(() -> MarchingSquares.contour(grid, Double.NaN))
                .isInstanceOfSatisfying(
                        ContourException.class, e -> assertThat(e.key()).isEqualTo(ContourMessage.NOT_FINITE_LEVEL));
    }

    private static double shoelaceArea(Polyline p) {
        double area = 0;
        double[] x = p.x();
        double[] y = p.y();
        for (int k = 0; k + 1 < p.size(); k++) {
            area += x[k] * y[k + 1] - x[k + 1] * y[k];
        }
        return area / 2;
    }

    /** How many times a closed polyline winds around (px, py), by summing the turning angles. */
    private static long windingNumber(Polyline p, double px, double py) {
        double total = 0;
        double[] x = p.x();
        double[] y = p.y();
        for (int k = 0; k + 1 < p.size(); k++) {
            double a = Math.atan2(y[k] - py, x[k] - px);
            double b = Math.atan2(y[k + 1] - py, x[k + 1] - px);
            double d = b - a;
            if (d > Math.PI) {
                d -= 2 * Math.PI;
            } else if (d < -Math.PI) {
                d += 2 * Math.PI;
            }
            total += d;
        }
        return Math.abs(Math.round(total / (2 * Math.PI)));
    }

    /** Each polyline's two end points, rounded to 1e-9 and ordered, as a comparable string. */
    private static List<String> endpointPairs(List<Polyline> lines) {
        List<String> pairs = new ArrayList<>();
        for (Polyline line : lines) {
            String a = point(line.x()[0], line.y()[0]);
            String b = point(line.x()[line.size() - 1], line.y()[line.size() - 1]);
            pairs.add(a.compareTo(b) < 0 ? a + " " + b : b + " " + a);
        }
        return pairs;
    }

    private static String point(double x, double y) {
        return String.format(Locale.ROOT, "(%.9f, %.9f)", x, y);
    }
}
