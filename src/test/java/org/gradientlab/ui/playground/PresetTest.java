package org.gradientlab.ui.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.gradientlab.engine.function.TwiceDifferentiableFunction;
import org.junit.jupiter.api.Test;

class PresetTest {

    @Test
    void every_preset_reads_in_x_and_y_and_its_first_minimiser_is_stationary_at_the_minimum_value() {
        for (Preset preset : Preset.ALL) {
            TwiceDifferentiableFunction f = Surface.of(preset.expression()).function();
            double[] m = preset.minimisers().getFirst();
            double[] gradient = new double[2];

            double value = f.valueAndGradient(m, gradient);

            // The catalogue's minimisers are closed forms or roots found to ~1e-12, so the gradient there is zero
            // to well within 1e-6 and f matches f* to 1e-9.
            assertThat(Math.hypot(gradient[0], gradient[1])).as(preset.id()).isLessThan(1e-6);
            assertThat(value).as(preset.id()).isCloseTo(preset.minimumValue().orElseThrow(), within(1e-9));
            assertThat(preset.window().contains(preset.startX(), preset.startY()))
                    .as(preset.id())
                    .isTrue();
            assertThat(Preset.matching(preset.expression())).contains(preset);
        }
    }

    @Test
    void the_lifted_double_well_keeps_its_minima_on_the_x_axis_near_the_course_figures() {
        Preset well = Preset.byId("double-well").orElseThrow();

        // DESIGN §6: 0.1x⁴ − 3x² + x has its global minimum near x ≈ −3.954 and a local one near 3.787.
        assertThat(well.minimisers()).hasSize(2);
        assertThat(well.minimisers().get(0)[0]).isCloseTo(-3.954, within(1e-3));
        assertThat(well.minimisers().get(1)[0]).isCloseTo(3.787, within(1e-3));
        assertThat(well.minimisers()).allSatisfy(m -> assertThat(m[1]).isZero());
    }
}
