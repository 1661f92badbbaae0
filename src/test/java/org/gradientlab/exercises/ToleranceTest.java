package org.gradientlab.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ToleranceTest {

    @Test
    void accepts_within_absolute_plus_relative_bound() {
        Tolerance t = new Tolerance(1e-8, 1e-10);
        // bound at c = 100 is 1e-10 + 1e-6
        assertThat(t.accepts(100 + 0.9e-6, 100)).isTrue();
        assertThat(t.accepts(100 + 1.2e-6, 100)).isFalse();
        // at c = 0 only atol applies
        assertThat(t.accepts(0.5e-10, 0)).isTrue();
        assertThat(t.accepts(2e-10, 0)).isFalse();
    }

    @Test
    void nan_never_equals_nan_and_infinities_are_never_close() {
        Tolerance t = Tolerance.EXPRESSION;
        assertThat(t.accepts(Double.NaN, Double.NaN)).isFalse();
        assertThat(t.accepts(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY))
                .isFalse();
        assertThat(t.accepts(1, Double.NaN)).isFalse();
    }

    @Test
    void three_significant_figures_accept_rounded_values_only() {
        Tolerance t = Tolerance.significantFigures(3);
        assertThat(t.accepts(0.333, 1.0 / 3)).isTrue();
        assertThat(t.accepts(0.540, Math.cos(1))).isTrue();
        assertThat(t.accepts(0.33, 1.0 / 3)).isFalse();
        assertThat(t.accepts(0.5, Math.cos(1))).isFalse();
    }

    @Test
    void negative_or_nan_tolerances_are_refused() {
        assertThatThrownBy(() -> new Tolerance(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tolerance(0, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
