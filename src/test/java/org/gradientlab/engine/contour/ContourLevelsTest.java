package org.gradientlab.engine.contour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Level choosers: their formulas, and which one the automatic choice picks for bowls and valleys. */
class ContourLevelsTest {

    @Test
    void evenly_spaced_levels_lie_strictly_inside_the_range() {
        assertThat(ContourLevels.evenlySpaced(0, 10, 4)).containsExactly(new double[] {2, 4, 6, 8}, within(1e-15));
    }

    @Test
    void log_spaced_levels_grow_geometrically_above_the_minimum() {
        double[] levels = ContourLevels.logSpaced(5, 10_005, 4);

        // 10⁴·10^(−4·(4 − k)/4) = 1, 10, 100, 1000 above the minimum 5.
        assertThat(levels).containsExactly(new double[] {6, 15, 105, 1005}, within(1e-9));
        assertThat(ContourLevels.logSpaced(0, 1, 3, 3)).containsExactly(new double[] {1e-3, 1e-2, 1e-1}, within(1e-15));
    }

    @Test
    void automatic_choice_uses_log_levels_for_rosenbrock_and_even_levels_for_a_bowl() {
        ContourGrid rosenbrock = ContourGrid.sample(
                (x, y) -> (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x), -2, 2, -1, 3, 101, 101);
        ContourGrid bowl = ContourGrid.sample((x, y) -> x * x + 10 * y * y, -2, 2, -2, 2, 101, 101);

        double[] forValley = ContourLevels.choose(rosenbrock, 10);
        double[] forBowl = ContourLevels.choose(bowl, 10);

        assertThat(forValley[1] - forValley[0]).isLessThan(0.5 * (forValley[2] - forValley[1]));
        assertThat(forBowl[1] - forBowl[0]).isCloseTo(forBowl[2] - forBowl[1], within(1e-9));
    }

    @Test
    void flat_or_undefined_grids_get_no_levels() {
        assertThat(ContourLevels.choose(ContourGrid.sample((x, y) -> 3, 0, 1, 0, 1, 5, 5), 5))
                .isEmpty();
        assertThat(ContourLevels.choose(ContourGrid.sample((x, y) -> Double.NaN, 0, 1, 0, 1, 5, 5), 5))
                .isEmpty();
    }

    @Test
    void bad_requests_carry_keys() {
        assertThatThrownBy(() -> ContourLevels.evenlySpaced(0, 1, 0))
                .isInstanceOfSatisfying(
                        ContourException.class, e -> assertThat(e.key()).isEqualTo(ContourMessage.LEVEL_COUNT));
        assertThatThrownBy(() -> ContourLevels.logSpaced(1, 1, 5))
                .isInstanceOfSatisfying(
                        ContourException.class, e -> assertThat(e.key()).isEqualTo(ContourMessage.EMPTY_RANGE));
        assertThatThrownBy(() -> ContourLevels.logSpaced(0, 1, 5, -1))
                .isInstanceOfSatisfying(ContourException.class, e -> assertThat(e.key())
                        .isEqualTo(ContourMessage.NOT_POSITIVE_DECADES));
    }
}
