package org.gradientlab.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentagesTest {

    @Test
    void whole_percentages_have_no_decimal() {
        assertThat(Percentages.of(0.9)).isEqualTo("90 %");
        assertThat(Percentages.of(1)).isEqualTo("100 %");
        assertThat(Percentages.of(0)).isEqualTo("0 %");
    }

    @Test
    void others_keep_one_decimal_rounded_half_up() {
        assertThat(Percentages.of(0.925)).isEqualTo("92.5 %");
        assertThat(Percentages.of(1.0 / 3)).isEqualTo("33.3 %");
        assertThat(Percentages.of(2.0 / 3)).isEqualTo("66.7 %");
        // 0.0999 is 9.99 %, which rounds to a whole 10 %.
        assertThat(Percentages.of(0.0999)).isEqualTo("10 %");
    }
}
