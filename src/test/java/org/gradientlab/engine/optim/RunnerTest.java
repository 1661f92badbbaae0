package org.gradientlab.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import org.gradientlab.engine.function.DifferentiableFunction;
import org.gradientlab.engine.landscape.Landscape;
import org.gradientlab.engine.landscape.Landscapes;
import org.junit.jupiter.api.Test;

/** The runner's stop rules, its divergence rule and its classification of runs (DESIGN §3, §6). */
class RunnerTest {

    private static final OptionalDouble ZERO = OptionalDouble.of(0);
    private static final int BUDGET = 10_000;

    private static Outcome classify(OptimizerSpec spec, Landscape landscape, double[] start) {
        return Runner.run(spec, Schedule.constant(), landscape, start, StopRule.steps(BUDGET), ZERO)
                .outcome();
    }

    @Test
    void trajectory_holds_every_point_and_its_loss_up_to_the_stop() {
        RunResult run =
                Runner.run(Optimizers.gradientDescent(0.3), Landscapes.BOWL, new double[] {-2, 3}, StopRule.steps(5));

        assertThat(run.reason()).isEqualTo(StopReason.STEPS);
        assertThat(run.step()).isEqualTo(5);
        assertThat(run.trajectory().size()).isEqualTo(6);
        assertThat(run.trajectory().point(0)).containsExactly(-2, 3);
        for (int k = 0; k <= 5; k++) {
            assertThat(run.trajectory().loss(k))
                    .isEqualTo(Landscapes.BOWL.value(run.trajectory().point(k)));
        }
        // Bowl errors shrink by 1 − 2α = 0.4 per step: x_1 = (2, −1) + 0.4·(−4, 4).
        assertThat(run.trajectory().point(1)[0]).isCloseTo(0.4, within(1e-15));
        assertThatThrownBy(() -> run.trajectory().point(6)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> run.trajectory().coordinate(0, 2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void a_start_that_already_meets_a_rule_stops_after_zero_updates() {
        RunResult run = Runner.run(
                Optimizers.gradientDescent(0.3),
                Landscapes.BOWL,
                new double[] {2, -1},
                StopRule.steps(100).whenBelow(1e-3));
        assertThat(run.reason()).isEqualTo(StopReason.THRESHOLD);
        assertThat(run.step()).isZero();
        assertThat(run.trajectory().size()).isEqualTo(1);

        RunResult none =
                Runner.run(Optimizers.gradientDescent(0.3), Landscapes.BOWL, new double[] {-2, 3}, StopRule.steps(0));
        assertThat(none.reason()).isEqualTo(StopReason.STEPS);
        assertThat(none.trajectory().size()).isEqualTo(1);
    }

    @Test
    void distance_rule_stops_at_the_first_point_within_the_tolerance() {
        double[] minimiser = {2, -1};
        RunResult run = Runner.run(
                Optimizers.gradientDescent(0.3),
                Landscapes.BOWL,
                new double[] {-2, 3},
                StopRule.steps(100).whenWithin(1e-3, minimiser));
        // The error is 0.4^k·‖(−4, 4)‖ = 0.4^k·5.657: first below 1e-3 at k = 10 (0.4^9·5.657 = 1.48e-3).
        assertThat(run.reason()).isEqualTo(StopReason.DISTANCE);
        assertThat(run.step()).isEqualTo(10);
    }

    @Test
    void divergence_is_a_result_with_the_step_where_f_passes_a_million_times_its_start() {
        RunResult run = Runner.run(
                Optimizers.gradientDescent(0.2), Landscapes.RAVINE, new double[] {3, 2}, StopRule.steps(1000), ZERO);
        // x1 = 3·0.6^k and x2 = 2·(−3)^k, so f_k = 9·0.36^k + 40·9^k; the limit is 1e6·(49 + 1).
        int expected = 0;
        while (9 * Math.pow(0.36, expected) + 40 * Math.pow(9, expected) <= 5e7) {
            expected++;
        }
        assertThat(run.reason()).isEqualTo(StopReason.DIVERGED);
        assertThat(run.outcome()).isEqualTo(Outcome.DIVERGED);
        assertThat(run.step()).isEqualTo(expected).isEqualTo(7);
        assertThat(run.trajectory().size()).isEqualTo(8);
    }

    @Test
    void a_non_finite_value_is_divergence_even_when_f_heads_to_minus_infinity() {
        RunResult run =
                Runner.run(Optimizers.gradientDescent(0.5), Landscapes.CUBIC, new double[] {-1}, StopRule.steps(1000));
        assertThat(run.reason()).isEqualTo(StopReason.DIVERGED);
        assertThat(Double.isFinite(run.finalLoss()) && Double.isFinite(run.finalPoint()[0]))
                .isFalse();
        for (int k = 0; k < run.step(); k++) {
            assertThat(run.trajectory().loss(k)).isFinite();
        }
    }

    @Test
    void a_start_where_f_is_undefined_diverges_at_step_zero() {
        DifferentiableFunction undefined = new DifferentiableFunction() {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public double value(double[] x) {
                return Math.log(x[0]);
            }

            @Override
            public double valueAndGradient(double[] x, double[] gradient) {
                gradient[0] = 1 / x[0];
                return value(x);
            }
        };
        RunResult run = Runner.run(Optimizers.gradientDescent(0.1), undefined, new double[] {-1}, StopRule.steps(10));
        assertThat(run.reason()).isEqualTo(StopReason.DIVERGED);
        assertThat(run.step()).isZero();
    }

    @Test
    void gd_on_the_ravine_converges_just_below_two_over_lambda_max_and_diverges_just_above() {
        double threshold = 2.0 / 20;
        double[] start = {3, 2};
        assertThat(classify(OptimizerSpec.gradientDescent(0.98 * threshold), Landscapes.RAVINE, start))
                .isEqualTo(Outcome.CONVERGED);
        assertThat(classify(OptimizerSpec.gradientDescent(1.02 * threshold), Landscapes.RAVINE, start))
                .isEqualTo(Outcome.DIVERGED);
        assertThat(classify(OptimizerSpec.gradientDescent(threshold), Landscapes.RAVINE, start))
                .as("exactly 2/λmax oscillates forever")
                .isEqualTo(Outcome.UNDECIDED);
        assertThat(classify(OptimizerSpec.gradientDescent(0.98 * 0.05 * 2), Landscapes.RAVINE, start))
                .as("the course's 'safe' 0.05 is not the threshold: 0.098 converges")
                .isEqualTo(Outcome.CONVERGED);
    }

    @Test
    void gd_on_the_stretched_bowl_converges_below_one_third_and_diverges_above() {
        double threshold = 1.0 / 3;
        double[] start = {2, 3};
        assertThat(classify(OptimizerSpec.gradientDescent(0.98 * threshold), Landscapes.STRETCHED_BOWL, start))
                .isEqualTo(Outcome.CONVERGED);
        assertThat(classify(OptimizerSpec.gradientDescent(1.02 * threshold), Landscapes.STRETCHED_BOWL, start))
                .isEqualTo(Outcome.DIVERGED);
    }

    @Test
    void a_start_without_a_stiff_component_hides_the_bound() {
        // (3, 0) has no component along the stiff eigenvector (0, 1) of the ravine: 1.02·0.1 converges.
        assertThat(classify(OptimizerSpec.gradientDescent(0.102), Landscapes.RAVINE, new double[] {3, 0}))
                .isEqualTo(Outcome.CONVERGED);
    }

    @Test
    void heavy_ball_and_velocity_momentum_are_stable_exactly_for_alpha_lambda_below_two_plus_two_beta() {
        double beta = 0.9;
        double threshold = (2 + 2 * beta) / 20;
        double[] start = {3, 2};
        for (MomentumForm form : new MomentumForm[] {MomentumForm.HEAVY_BALL, MomentumForm.VELOCITY}) {
            assertThat(classify(new OptimizerSpec.Momentum(0.98 * threshold, beta, form), Landscapes.RAVINE, start))
                    .as(form + " below")
                    .isEqualTo(Outcome.CONVERGED);
            assertThat(classify(new OptimizerSpec.Momentum(1.02 * threshold, beta, form), Landscapes.RAVINE, start))
                    .as(form + " above")
                    .isEqualTo(Outcome.DIVERGED);
        }
        assertThat(StepSizeTheory.momentumThreshold(MomentumForm.HEAVY_BALL, beta, 2, 20))
                .isCloseTo(threshold, within(1e-15));
    }

    @Test
    void ema_momentum_is_stable_exactly_for_alpha_one_minus_beta_lambda_below_two_plus_two_beta() {
        double beta = 0.9;
        double threshold = (2 + 2 * beta) / ((1 - beta) * 20);
        double[] start = {3, 2};
        assertThat(classify(
                        new OptimizerSpec.Momentum(0.98 * threshold, beta, MomentumForm.EMA), Landscapes.RAVINE, start))
                .isEqualTo(Outcome.CONVERGED);
        assertThat(classify(
                        new OptimizerSpec.Momentum(1.02 * threshold, beta, MomentumForm.EMA), Landscapes.RAVINE, start))
                .isEqualTo(Outcome.DIVERGED);
        assertThat(StepSizeTheory.momentumThreshold(MomentumForm.EMA, beta, 2, 20))
                .isCloseTo(threshold, within(1e-14));
    }

    @Test
    void where_f_star_is_unknown_a_vanishing_gradient_means_converged() {
        double[] start = {-2, 3};
        assertThat(Runner.run(Optimizers.gradientDescent(0.3), Landscapes.BOWL, start, StopRule.steps(100))
                        .outcome())
                .isEqualTo(Outcome.CONVERGED);
        assertThat(Runner.run(Optimizers.gradientDescent(0.3), Landscapes.BOWL, start, StopRule.steps(3))
                        .outcome())
                .isEqualTo(Outcome.UNDECIDED);
    }

    @Test
    void on_the_elliptic_bowl_gd_ends_far_closer_to_the_minimum_than_adam() {
        double[] start = {10, 1};
        double[] minimiser = {0, 0};
        RunResult gd =
                Runner.run(Optimizers.gradientDescent(0.1), Landscapes.ELLIPTIC_BOWL, start, StopRule.steps(100));
        RunResult adam = Runner.run(Optimizers.adam(0.1), Landscapes.ELLIPTIC_BOWL, start, StopRule.steps(100));

        // GD: y is zeroed in one step (1 − 0.1·10 = 0) and x shrinks by 0.9 per step: 10·0.9^100 ≈ 2.66e-4.
        assertThat(Near.distance(gd.finalPoint(), minimiser)).isCloseTo(10 * Math.pow(0.9, 100), within(1e-15));
        // Adam moves each coordinate by at most about α per step whatever the curvature, so from x = 10 it
        // cannot arrive within 100 steps of 0.1.
        assertThat(Near.distance(adam.finalPoint(), minimiser))
                .isGreaterThan(1000 * Near.distance(gd.finalPoint(), minimiser));
        assertThat(gd.finalLoss()).isLessThan(adam.finalLoss());
    }

    @Test
    void a_spec_run_starts_from_a_fresh_optimizer_every_time() {
        OptimizerSpec adam = OptimizerSpec.adam(0.01);
        RunResult first = Runner.run(
                adam, Schedule.constant(), Landscapes.ROSENBROCK, new double[] {-0.5, 0.5}, StopRule.steps(50), ZERO);
        RunResult second = Runner.run(
                adam, Schedule.constant(), Landscapes.ROSENBROCK, new double[] {-0.5, 0.5}, StopRule.steps(50), ZERO);
        assertThat(second.trajectory().points())
                .isDeepEqualTo(first.trajectory().points());
    }

    @Test
    void mismatched_dimensions_are_refused_with_a_key() {
        OptimException start = catchThrowableOfType(
                OptimException.class,
                () -> Runner.run(
                        Optimizers.gradientDescent(0.1), Landscapes.BOWL, new double[] {1, 2, 3}, StopRule.steps(5)));
        assertThat(start.key()).isEqualTo(OptimMessage.DIMENSION_MISMATCH);
        assertThat(start.args()).containsExactly(2, 3);

        OptimException target = catchThrowableOfType(
                OptimException.class,
                () -> Runner.run(
                        Optimizers.gradientDescent(0.1),
                        Landscapes.BOWL,
                        new double[] {1, 2},
                        StopRule.steps(5).whenWithin(0.1, new double[] {1})));
        assertThat(target.key()).isEqualTo(OptimMessage.DIMENSION_MISMATCH);
    }

    @Test
    void invalid_stop_rules_are_refused_with_keys() {
        assertThat(catchThrowableOfType(OptimException.class, () -> StopRule.steps(-1))
                        .key())
                .isEqualTo(OptimMessage.MAX_STEPS_INVALID);
        assertThat(catchThrowableOfType(
                                OptimException.class, () -> StopRule.steps(5).whenBelow(Double.NaN))
                        .key())
                .isEqualTo(OptimMessage.THRESHOLD_INVALID);
        assertThat(catchThrowableOfType(
                                OptimException.class, () -> StopRule.steps(5).whenWithin(0, new double[] {0, 0}))
                        .key())
                .isEqualTo(OptimMessage.DISTANCE_INVALID);
    }
}
