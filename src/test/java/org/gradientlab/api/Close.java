package org.gradientlab.api;

import static org.assertj.core.api.Assertions.assertThat;

/** Element-wise comparison with a relative tolerance and an absolute floor: |a − e| ≤ rel·|e| + abs. */
public final class Close {

    private Close() {}

    public static void assertClose(double actual, double expected, double rel, double abs, String what) {
        assertThat(Math.abs(actual - expected))
                .as("%s: %s vs expected %s", what, actual, expected)
                .isLessThanOrEqualTo(rel * Math.abs(expected) + abs);
    }

    public static void assertClose(double[] actual, double[] expected, double rel, double abs, String what) {
        assertThat(actual.length).as(what + " length").isEqualTo(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertClose(actual[i], expected[i], rel, abs, what + "[" + i + "]");
        }
    }

    public static void assertClose(double[][] actual, double[][] expected, double rel, double abs, String what) {
        assertThat(actual.length).as(what + " length").isEqualTo(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertClose(actual[i], expected[i], rel, abs, what + "[" + i + "]");
        }
    }
}
