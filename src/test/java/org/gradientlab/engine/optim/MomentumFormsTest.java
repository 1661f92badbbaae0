package org.gradientlab.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradientlab.engine.optim.Near.assertNear;

import org.gradientlab.engine.landscape.Landscapes;
import org.junit.jupiter.api.Test;

/**
 * The relations between the momentum forms (DESIGN §3) and between the two Nesterov forms. The forms
 * are equal in exact arithmetic but round differently; on the ravine from (3, 2) (coordinates ≤ 3) the
 * differences stay at the 1e-15 level over these short runs, so equalities are checked to 1e-12 absolute.
 */
class MomentumFormsTest {

    private static final double ATOL = 1e-12;
    private static final double[] START = {3, 2};

    private static MomentumStep[] run(Optimizer optimizer, int steps) {
        MomentumStep[] out = new MomentumStep[steps + 1];
        double[] x = START.clone();
        out[0] = new MomentumStep(x.clone(), null);
        for (int k = 1; k <= steps; k++) {
            optimizer.step(x, Landscapes.RAVINE);
            out[k] = new MomentumStep(x.clone(), optimizer.state().orElseThrow());
        }
        return out;
    }

    private record MomentumStep(double[] x, OptimizerState state) {
        double[] velocity() {
            return switch (state) {
                case OptimizerState.Momentum m -> m.velocity();
                case OptimizerState.Nesterov n -> n.velocity();
                default -> throw new IllegalStateException("no velocity in " + state);
            };
        }
    }

    @Test
    void velocity_and_heavy_ball_give_the_same_iterates_and_v_velocity_is_minus_alpha_v_heavy() {
        double alpha = 0.04;
        MomentumStep[] velocity = run(Optimizers.momentum(alpha, 0.85, MomentumForm.VELOCITY), 100);
        MomentumStep[] heavy = run(Optimizers.momentum(alpha, 0.85, MomentumForm.HEAVY_BALL), 100);
        for (int k = 1; k <= 100; k++) {
            assertNear("x at " + k, velocity[k].x(), heavy[k].x(), 0, ATOL);
            double[] scaled = heavy[k].velocity();
            for (int i = 0; i < scaled.length; i++) {
                scaled[i] *= -alpha;
            }
            assertNear("v at " + k, velocity[k].velocity(), scaled, 0, ATOL);
        }
    }

    @Test
    void ema_equals_heavy_ball_with_alpha_times_one_minus_beta() {
        double alpha = 0.3;
        double beta = 0.9;
        MomentumStep[] ema = run(Optimizers.momentum(alpha, beta, MomentumForm.EMA), 100);
        MomentumStep[] heavy = run(Optimizers.momentum(alpha * (1 - beta), beta, MomentumForm.HEAVY_BALL), 100);
        for (int k = 1; k <= 100; k++) {
            assertNear("x at " + k, ema[k].x(), heavy[k].x(), 0, ATOL);
        }
    }

    @Test
    void under_a_schedule_velocity_and_heavy_ball_differ_exactly_where_alpha_k_enters() {
        double alpha = 0.04;
        double beta = 0.85;
        Schedule drop = Schedule.step(0.1, 10);
        MomentumStep[] velocity = run(new OptimizerSpec.Momentum(alpha, beta, MomentumForm.VELOCITY).create(drop), 11);
        MomentumStep[] heavy = run(new OptimizerSpec.Momentum(alpha, beta, MomentumForm.HEAVY_BALL).create(drop), 11);

        assertNear("same up to the drop", velocity[10].x(), heavy[10].x(), 0, ATOL);
        // Update k = 10 uses α_10 = 0.1α. Velocity form: x + βv − α_10 g with v = −α·b (b the heavy-ball
        // buffer); heavy ball: x − α_10(βb + g). They differ by (α_10 − α)·β·b_10.
        double[] b = heavy[10].velocity();
        double alpha10 = drop.learningRate(alpha, 10);
        for (int i = 0; i < 2; i++) {
            double difference = velocity[11].x()[i] - heavy[11].x()[i];
            assertNear("x_11 difference, coordinate " + i, difference, (alpha10 - alpha) * beta * b[i], 1e-9, ATOL);
        }
        assertThat(Math.abs(velocity[11].x()[0] - heavy[11].x()[0])).isGreaterThan(1e-3);
    }

    @Test
    void under_a_schedule_ema_still_equals_rescaled_heavy_ball_but_the_velocity_form_differs() {
        Schedule decay = Schedule.exponential(0.9);
        MomentumStep[] ema = run(new OptimizerSpec.Momentum(0.3, 0.9, MomentumForm.EMA).create(decay), 30);
        MomentumStep[] heavy =
                run(new OptimizerSpec.Momentum(0.3 * (1 - 0.9), 0.9, MomentumForm.HEAVY_BALL).create(decay), 30);
        // Both scale the whole buffer by α_k (EMA's v is (1−β)·b), so these two stay equal under a schedule.
        for (int k = 1; k <= 30; k++) {
            assertNear("x at " + k, ema[k].x(), heavy[k].x(), 0, ATOL);
        }
        MomentumStep[] velocity = run(new OptimizerSpec.Momentum(0.03, 0.9, MomentumForm.VELOCITY).create(decay), 30);
        assertThat(Near.distance(velocity[30].x(), heavy[30].x()))
                .as("velocity form keeps old rates in v")
                .isGreaterThan(1e-3);
    }

    @Test
    void pytorch_nesterov_iterate_is_the_lookahead_point_and_its_buffer_is_minus_v_over_alpha() {
        double alpha = 0.02;
        double beta = 0.9;
        MomentumStep[] lookahead = run(Optimizers.nesterov(alpha, beta, NesterovForm.LOOKAHEAD), 100);
        MomentumStep[] pytorch = run(Optimizers.nesterov(alpha, beta, NesterovForm.PYTORCH), 100);
        for (int k = 1; k <= 100; k++) {
            double[] x = lookahead[k].x();
            double[] v = lookahead[k].velocity();
            double[] b = pytorch[k].velocity();
            for (int i = 0; i < 2; i++) {
                assertNear("p = x + βv at " + k, pytorch[k].x()[i], x[i] + beta * v[i], 0, ATOL);
                assertNear("b = −v/α at " + k, b[i], -v[i] / alpha, 0, ATOL / alpha);
            }
            OptimizerState.Nesterov look = (OptimizerState.Nesterov) lookahead[k].state();
            assertNear(
                    "both take the gradient at the same point, step " + k,
                    look.gradientPoint(),
                    pytorch[k - 1].x(),
                    0,
                    ATOL);
        }
    }

    @Test
    void pytorch_nesterov_first_update_is_alpha_one_plus_beta_times_the_gradient() {
        Optimizer nesterov = Optimizers.nesterov(0.01, 0.9, NesterovForm.PYTORCH);
        double[] x = START.clone();
        nesterov.step(x, Landscapes.RAVINE);
        // b_1 = g_0 = (6, 40); p_1 = p_0 − α(g_0 + β·g_0) = (3, 2) − 0.019·(6, 40).
        assertNear("p_1", x, new double[] {3 - 0.019 * 6, 2 - 0.019 * 40}, 1e-15, 0);
    }

    @Test
    void lookahead_nesterov_takes_its_gradient_at_x_plus_beta_v() {
        Optimizer nesterov = Optimizers.nesterov(0.01, 0.5, NesterovForm.LOOKAHEAD);
        double[] x = START.clone();
        nesterov.step(x, Landscapes.RAVINE);
        // v_1 = −0.01·(6, 40) = (−0.06, −0.4), x_1 = (2.94, 1.6); next gradient at x_1 + 0.5·v_1.
        nesterov.step(x, Landscapes.RAVINE);
        OptimizerState.Nesterov state =
                (OptimizerState.Nesterov) nesterov.state().orElseThrow();
        assertNear("look-ahead point", state.gradientPoint(), new double[] {2.91, 1.4}, 1e-14, 0);
        assertNear("gradient there", state.gradient(), new double[] {5.82, 28}, 1e-14, 0);
    }
}
