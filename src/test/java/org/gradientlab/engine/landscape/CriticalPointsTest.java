package org.gradientlab.engine.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.gradientlab.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The stationary points of the one-variable landscapes, against the reference figures, the values of
 * DESIGN §6, and an independent closed form: the roots of a depressed cubic t³ + pt + q = 0 with three
 * real roots are 2√(−p/3)·cos(⅓·arccos((3q/2p)·√(−3/p)) − 2πk/3), k = 0, 1, 2.
 */
class CriticalPointsTest {

    private static double[] trigonometricRoots(double p, double q) {
        double amplitude = 2 * Math.sqrt(-p / 3);
        double angle = Math.acos(3 * q / (2 * p) * Math.sqrt(-3 / p)) / 3;
        double[] roots = new double[3];
        for (int k = 0; k < 3; k++) {
            roots[k] = amplitude * Math.cos(angle - 2 * Math.PI * k / 3);
        }
        java.util.Arrays.sort(roots);
        return roots;
    }

    private static double[] sortedXs(Landscape landscape) {
        return landscape.criticalPoints().stream()
                .mapToDouble(p -> p.point()[0])
                .sorted()
                .toArray();
    }

    @Test
    void double_well_points_match_the_reference_and_the_design_values() {
        JsonNode out = ReferenceData.outputs("s003-local-min-escape");
        double[] expected = ReferenceData.vector(out.get("critical_points"));
        double[] values = ReferenceData.vector(out.get("f_at_critical_points"));
        List<CriticalPoint> points = Landscapes.DOUBLE_WELL.criticalPoints();
        double[] xs = sortedXs(Landscapes.DOUBLE_WELL);

        for (int i = 0; i < 3; i++) {
            // Newton on p' converges to within an ulp or two of the root (|x| ≤ 4, ulp ≤ 9e-16).
            assertThat(xs[i]).isCloseTo(expected[i], within(4e-15));
            assertThat(Landscapes.DOUBLE_WELL.value(new double[] {xs[i]})).isCloseTo(values[i], within(1e-12));
        }
        assertThat(points.get(0).kind()).isEqualTo(CriticalPoint.Kind.GLOBAL_MINIMUM);
        assertThat(points.get(0).point()[0]).isCloseTo(-3.954, within(5e-4));
        assertThat(kindAt(points, 0.167)).isEqualTo(CriticalPoint.Kind.LOCAL_MAXIMUM);
        assertThat(kindAt(points, 3.787)).isEqualTo(CriticalPoint.Kind.LOCAL_MINIMUM);
        assertThat(Landscapes.DOUBLE_WELL.minimumValue().orElseThrow()).isCloseTo(values[0], within(1e-12));
        assertThat(Landscapes.DOUBLE_WELL.minimisers()).hasSize(2);
    }

    @Test
    void double_well_points_are_the_roots_of_its_derivative_in_closed_form() {
        // 0.4x³ − 6x + 1 = 0  ⇔  x³ − 15x + 2.5 = 0.
        double[] roots = trigonometricRoots(-15, 2.5);
        double[] xs = sortedXs(Landscapes.DOUBLE_WELL);
        for (int i = 0; i < 3; i++) {
            assertThat(xs[i]).isCloseTo(roots[i], within(1e-13));
        }
    }

    @Test
    void steep_double_well_points_are_the_roots_of_its_derivative_in_closed_form() {
        // 4x³ − 8x + 2 = 0  ⇔  x³ − 2x + 0.5 = 0.
        double[] roots = trigonometricRoots(-2, 0.5);
        double[] xs = sortedXs(Landscapes.STEEP_DOUBLE_WELL);
        for (int i = 0; i < 3; i++) {
            assertThat(xs[i]).isCloseTo(roots[i], within(1e-14));
        }
        List<CriticalPoint> points = Landscapes.STEEP_DOUBLE_WELL.criticalPoints();
        assertThat(points.get(0).kind()).isEqualTo(CriticalPoint.Kind.GLOBAL_MINIMUM);
        assertThat(points.get(0).point()[0]).isCloseTo(roots[0], within(1e-14));
        assertThat(kindAt(points, roots[1])).isEqualTo(CriticalPoint.Kind.LOCAL_MAXIMUM);
        assertThat(kindAt(points, roots[2])).isEqualTo(CriticalPoint.Kind.LOCAL_MINIMUM);
    }

    @Test
    void the_cubic_has_a_local_minimum_at_root_two_thirds_and_no_global_minimum() {
        double root = Math.sqrt(2.0 / 3);
        List<CriticalPoint> points = Landscapes.CUBIC.criticalPoints();
        assertThat(kindAt(points, root)).isEqualTo(CriticalPoint.Kind.LOCAL_MINIMUM);
        assertThat(kindAt(points, -root)).isEqualTo(CriticalPoint.Kind.LOCAL_MAXIMUM);
        assertThat(Landscapes.CUBIC.minimumValue()).isEmpty();
        assertThat(Landscapes.CUBIC.globalMinimiser()).isEmpty();
        assertThat(Landscapes.CUBIC.minimisers()).hasSize(1);
    }

    private static CriticalPoint.Kind kindAt(List<CriticalPoint> points, double x) {
        return points.stream()
                .filter(p -> Math.abs(p.point()[0] - x) < 1e-3)
                .findFirst()
                .orElseThrow()
                .kind();
    }
}
