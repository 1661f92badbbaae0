package org.gradientlab.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Each schedule at update indices where its formula has a value known exactly (cos 0 = 1, cos π/2 = 0,
 * cos π/3 = ½, cos π = −1). Cosine values carry one rounding of π and of cos: compared at 1e-15 absolute
 * (lr0 = 1) or 1e-16 (lr0 = 0.1); linear warm-up values lr0·k/W carry two roundings (1e-17 at lr0 = 0.1).
 */
class ScheduleTest {

    private static final double LR0 = 0.1;

    @Test
    void constant_is_lr0_at_every_update() {
        assertThat(Schedule.constant().learningRate(LR0, 0)).isEqualTo(LR0);
        assertThat(Schedule.constant().learningRate(LR0, 123_456)).isEqualTo(LR0);
    }

    @Test
    void step_decay_multiplies_by_gamma_every_period() {
        Schedule step = Schedule.step(0.5, 10);
        assertThat(step.learningRate(LR0, 0)).isEqualTo(LR0);
        assertThat(step.learningRate(LR0, 9)).isEqualTo(LR0);
        assertThat(step.learningRate(LR0, 10)).isEqualTo(0.05);
        assertThat(step.learningRate(LR0, 29)).isEqualTo(0.025);
        assertThat(step.learningRate(LR0, 30)).isEqualTo(0.0125);
    }

    @Test
    void exponential_is_lr0_times_d_to_the_k() {
        Schedule exponential = Schedule.exponential(0.5);
        assertThat(exponential.learningRate(LR0, 0)).isEqualTo(LR0);
        assertThat(exponential.learningRate(LR0, 3)).isEqualTo(0.0125);
    }

    @Test
    void cosine_falls_from_lr0_to_zero_over_the_period_and_stays_zero() {
        Schedule cosine = Schedule.cosine(12);
        assertThat(cosine.learningRate(1, 0)).isEqualTo(1);
        assertThat(cosine.learningRate(1, 4)).isCloseTo(0.75, within(1e-15));
        assertThat(cosine.learningRate(1, 6)).isCloseTo(0.5, within(1e-15));
        assertThat(cosine.learningRate(1, 8)).isCloseTo(0.25, within(1e-15));
        assertThat(cosine.learningRate(1, 12)).isZero();
        assertThat(cosine.learningRate(1, 500)).isZero();
    }

    @Test
    void warm_restarts_restart_at_lr0_with_periods_t_tm_tm2() {
        Schedule sgdr = Schedule.warmRestarts(10, 2);
        assertThat(sgdr.learningRate(LR0, 0)).isEqualTo(LR0);
        assertThat(sgdr.learningRate(LR0, 5)).isCloseTo(0.05, within(1e-16));
        assertThat(sgdr.learningRate(LR0, 10)).as("second period starts").isEqualTo(LR0);
        assertThat(sgdr.learningRate(LR0, 20))
                .as("halfway through the period of 20")
                .isCloseTo(0.05, within(1e-16));
        assertThat(sgdr.learningRate(LR0, 30)).as("third period starts").isEqualTo(LR0);
        assertThat(sgdr.learningRate(LR0, 50))
                .as("halfway through the period of 40")
                .isCloseTo(0.05, within(1e-16));
        assertThat(sgdr.learningRate(LR0, 70)).as("fourth period starts").isEqualTo(LR0);
        assertThat(sgdr.learningRate(LR0, 69)).isGreaterThan(0).isLessThan(1e-3);
    }

    @Test
    void warm_restarts_with_multiplier_one_repeat_the_same_period() {
        Schedule sgdr = Schedule.warmRestarts(4, 1);
        for (int cycle = 0; cycle < 5; cycle++) {
            assertThat(sgdr.learningRate(1, 4 * cycle)).isEqualTo(1);
            assertThat(sgdr.learningRate(1, 4 * cycle + 2)).isCloseTo(0.5, within(1e-15));
        }
    }

    @Test
    void warmup_starts_at_zero_rises_linearly_then_follows_the_cosine_to_zero_at_t() {
        Schedule warmup = Schedule.warmupCosine(10, 30);
        assertThat(warmup.learningRate(LR0, 0))
                .as("the first update has rate 0")
                .isZero();
        assertThat(warmup.learningRate(LR0, 5)).isEqualTo(0.05);
        assertThat(warmup.learningRate(LR0, 10)).isEqualTo(LR0);
        assertThat(warmup.learningRate(LR0, 20))
                .as("T counts the warm-up: halfway through 10..30")
                .isCloseTo(0.05, within(1e-16));
        assertThat(warmup.learningRate(LR0, 30)).isZero();
        assertThat(warmup.learningRate(LR0, 31)).isZero();
    }

    @Test
    void an_optimizer_uses_the_scheduled_rate_and_the_first_warmup_update_does_not_move() {
        Optimizer gd = new OptimizerSpec.GradientDescent(LR0).create(Schedule.warmupCosine(4, 8));
        double[] x = {0};
        double[] expectedSteps = {0, 0.025, 0.05, 0.075, 0.1};
        for (double expected : expectedSteps) {
            gd.step(x, new Linear(new double[] {1}));
            OptimizerState state = gd.state().orElseThrow();
            assertThat(state.learningRate()).isCloseTo(expected, within(1e-17));
            assertThat(state.update()[0]).isCloseTo(-expected, within(1e-16));
        }
    }

    @Test
    void invalid_parameters_and_negative_indices_are_refused_with_keys() {
        assertThat(catchThrowableOfType(OptimException.class, () -> Schedule.step(0, 10))
                        .key())
                .isEqualTo(OptimMessage.SCHEDULE_PARAMETER_INVALID);
        assertThat(catchThrowableOfType(OptimException.class, () -> Schedule.cosine(0))
                        .key())
                .isEqualTo(OptimMessage.SCHEDULE_PARAMETER_INVALID);
        assertThat(catchThrowableOfType(OptimException.class, () -> Schedule.warmupCosine(20, 10))
                        .key())
                .isEqualTo(OptimMessage.SCHEDULE_PARAMETER_INVALID);
        assertThat(catchThrowableOfType(OptimException.class, () -> Schedule.warmRestarts(10, 0))
                        .key())
                .isEqualTo(OptimMessage.SCHEDULE_PARAMETER_INVALID);
        assertThat(catchThrowableOfType(OptimException.class, () -> Schedule.exponential(Double.NaN))
                        .key())
                .isEqualTo(OptimMessage.SCHEDULE_PARAMETER_INVALID);
        assertThat(catchThrowableOfType(
                                OptimException.class, () -> Schedule.constant().learningRate(LR0, -1))
                        .key())
                .isEqualTo(OptimMessage.UPDATE_INDEX_NEGATIVE);
    }
}
