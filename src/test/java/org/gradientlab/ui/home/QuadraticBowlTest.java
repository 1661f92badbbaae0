package org.gradientlab.ui.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.gradientlab.charts.ContourLine;
import org.gradientlab.charts.Point;
import org.junit.jupiter.api.Test;

class QuadraticBowlTest {

    @Test
    void gradient_descent_converges_below_two_over_lambda_max_and_diverges_above() {
        // Hessian diag(2, 20): λmax = 20, so the threshold is 2/20 = 0.1 (DESIGN §6).
        assertThat(QuadraticBowl.fate(0.01)).isEqualTo(QuadraticBowl.Fate.CONVERGES);
        assertThat(QuadraticBowl.fate(0.095)).isEqualTo(QuadraticBowl.Fate.CONVERGES);
        assertThat(QuadraticBowl.fate(0.1)).isEqualTo(QuadraticBowl.Fate.OSCILLATES);
        assertThat(QuadraticBowl.fate(0.105)).isEqualTo(QuadraticBowl.Fate.DIVERGES);
    }

    @Test
    void the_path_follows_the_gradient_of_the_bowl() {
        double alpha = 0.05;
        var path = QuadraticBowl.path(alpha);
        assertThat(path).hasSize(QuadraticBowl.STEPS + 1);
        for (int k = 0; k + 1 < path.size(); k++) {
            Point x = path.get(k);
            Point next = path.get(k + 1);
            // ∇f = (2x₁, 20x₂); one GD step. Exact arithmetic up to rounding (1e-12 absolute on values ≤ 3).
            assertThat(next.x()).isCloseTo(x.x() - alpha * 2 * x.x(), within(1e-12));
            assertThat(next.y()).isCloseTo(x.y() - alpha * 20 * x.y(), within(1e-12));
        }
        assertThat(QuadraticBowl.f(path.getFirst().x(), path.getFirst().y())).isEqualTo(49.0);
    }

    @Test
    void contour_lines_lie_on_their_level() {
        for (ContourLine line : QuadraticBowl.contours()) {
            for (Point p : line.points()) {
                // Points are computed through sqrt, cos and sin: 1e-9 relative covers their rounding.
                assertThat(QuadraticBowl.f(p.x(), p.y())).isCloseTo(line.level(), within(1e-9 * line.level()));
            }
        }
    }
}
