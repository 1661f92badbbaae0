package org.gradientlab.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.gradientlab.engine.optim.Near.assertNear;

import org.gradientlab.engine.landscape.Landscapes;
import org.junit.jupiter.api.Test;

/** Gradient clipping by norm, PyTorch's rule g·min(1, c/(‖g‖ + 1e-6)). */
class ClippingTest {

    private static double norm(double[] v) {
        return Math.hypot(v[0], v[1]);
    }

    @Test
    void every_gradient_the_inner_optimizer_uses_has_norm_at_most_c() {
        Optimizer clipped = Optimizers.clipByNorm(Optimizers.gradientDescent(1e-3), 1);
        double[] x = {-2, 2};
        for (int k = 0; k < 200; k++) {
            clipped.step(x, Landscapes.ROSENBROCK);
            assertThat(norm(clipped.state().orElseThrow().gradient())).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void a_large_gradient_keeps_its_direction_and_gets_norm_c() {
        Optimizer clipped = Optimizers.clipByNorm(Optimizers.gradientDescent(0.1), 2);
        clipped.step(new double[] {-0.5, 0.5}, Landscapes.ROSENBROCK);
        // Raw gradient at (−0.5, 0.5): (−3 + 50, 50) = (47, 50), norm √4709.
        double raw = Math.sqrt(4709);
        double[] expected = {47 * 2 / (raw + 1e-6), 50 * 2 / (raw + 1e-6)};
        assertNear("clipped gradient", clipped.state().orElseThrow().gradient(), expected, 1e-15, 0);
    }

    @Test
    void a_small_gradient_passes_unchanged() {
        Optimizer clipped = Optimizers.clipByNorm(Optimizers.gradientDescent(0.1), 100);
        Optimizer plain = Optimizers.gradientDescent(0.1);
        double[] a = {-0.5, 0.5};
        double[] b = {-0.5, 0.5};
        clipped.step(a, Landscapes.ROSENBROCK);
        plain.step(b, Landscapes.ROSENBROCK);
        assertThat(a).containsExactly(b);
    }

    @Test
    void clipping_tames_gd_that_would_otherwise_diverge_on_a_steep_start() {
        double[] start = {-2, 2};
        RunResult plain =
                Runner.run(Optimizers.gradientDescent(0.01), Landscapes.ROSENBROCK, start, StopRule.steps(1000));
        RunResult clipped = Runner.run(
                Optimizers.clipByNorm(Optimizers.gradientDescent(0.01), 10),
                Landscapes.ROSENBROCK,
                start,
                StopRule.steps(1000));
        assertThat(plain.reason()).isEqualTo(StopReason.DIVERGED);
        assertThat(clipped.reason()).isEqualTo(StopReason.STEPS);
    }

    @Test
    void a_non_positive_norm_is_refused_with_a_key() {
        assertThat(catchThrowableOfType(OptimException.class, () -> Optimizers.clipByNorm(Optimizers.adam(0.1), 0))
                        .key())
                .isEqualTo(OptimMessage.CLIP_NORM_INVALID);
    }
}
