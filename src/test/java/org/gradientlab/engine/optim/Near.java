package org.gradientlab.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;

import org.gradientlab.engine.landscape.Landscape;
import org.gradientlab.reference.ReferenceData;
import tools.jackson.databind.JsonNode;

/**
 * Tolerance checks for comparing runs with the reference figures: |actual − expected| ≤
 * rtol·|expected| + atol, with each caller stating why its rtol and atol are what they are.
 */
final class Near {

    private Near() {}

    static void assertNear(String what, double actual, double expected, double rtol, double atol) {
        assertThat(Math.abs(actual - expected))
                .as("%s: got %s, expected %s", what, actual, expected)
                .isLessThanOrEqualTo(rtol * Math.abs(expected) + atol);
    }

    static void assertNear(String what, double[] actual, double[] expected, double rtol, double atol) {
        assertThat(actual).as(what + " length").hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertNear(what + "[" + i + "]", actual[i], expected[i], rtol, atol);
        }
    }

    /** Every point of {@code trajectory} against the reference rows (row k = point after k updates). */
    static void assertPath(String what, Trajectory trajectory, double[][] expected, double rtol, double atol) {
        assertThat(trajectory.size()).as(what + " points").isEqualTo(expected.length);
        for (int k = 0; k < expected.length; k++) {
            assertNear(what + " point " + k, trajectory.point(k), expected[k], rtol, atol);
        }
    }

    /** The points named by the keys of a reference object such as {@code {"0": [..], "100": [..]}}. */
    static void assertSampledPath(String what, Trajectory trajectory, JsonNode byStep, double rtol, double atol) {
        for (String key : byStep.propertyNames()) {
            int k = Integer.parseInt(key);
            assertNear(what + " point " + k, trajectory.point(k), ReferenceData.vector(byStep.get(key)), rtol, atol);
        }
    }

    /** The losses named by the keys of a reference object such as {@code {"0": 8.5, "100": ..}}. */
    static void assertSampledLosses(String what, Trajectory trajectory, JsonNode byStep, double rtol, double atol) {
        for (String key : byStep.propertyNames()) {
            int k = Integer.parseInt(key);
            assertNear(what + " loss " + k, trajectory.loss(k), ReferenceData.number(byStep.get(key)), rtol, atol);
        }
    }

    static double distance(double[] a, double[] b) {
        double squares = 0;
        for (int i = 0; i < a.length; i++) {
            squares += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(squares);
    }

    static double[] minimiser(Landscape landscape) {
        return landscape.globalMinimiser().orElseThrow();
    }
}
