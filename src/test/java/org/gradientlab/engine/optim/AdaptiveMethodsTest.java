package org.gradientlab.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradientlab.engine.optim.Near.assertNear;

import org.gradientlab.engine.landscape.Landscapes;
import org.junit.jupiter.api.Test;

/**
 * AdaGrad, RMSProp and the Adam family, checked against facts that follow from their formulas on a
 * linear function f = aᵀx, whose gradient a never changes: AdaGrad's k-th step is α/√k per coordinate,
 * RMSProp's is α/√(1 − ρ^k), Adam's is exactly α (bias correction makes m̂ = a and v̂ = a²). The ε
 * terms perturb these by ε/(the root in the denominator) relative: at most 1e-8/(0.1·0.5) = 2e-7 (RMSProp's
 * first step on the slope 0.5), so they are compared at 1e-6 relative; the step sizes checked differ by
 * far more than that (factors 1/√k, 1/√(1 − ρ^k)).
 */
class AdaptiveMethodsTest {

    private static final double[] SLOPE = {3, -0.5};
    private static final double EPS_RTOL = 1e-6;

    private static double[][] stepsOnLinear(Optimizer optimizer, int count) {
        double[] x = {1, 1};
        double[][] steps = new double[count][];
        for (int k = 0; k < count; k++) {
            optimizer.step(x, new Linear(SLOPE));
            steps[k] = optimizer.state().orElseThrow().update();
        }
        return steps;
    }

    private static void assertStepSizes(String what, double[][] steps, java.util.function.IntToDoubleFunction size) {
        for (int k = 0; k < steps.length; k++) {
            for (int i = 0; i < SLOPE.length; i++) {
                double expected = -Math.signum(SLOPE[i]) * size.applyAsDouble(k + 1);
                assertNear(what + " step " + (k + 1) + " coordinate " + i, steps[k][i], expected, EPS_RTOL, 0);
            }
        }
    }

    @Test
    void adagrad_steps_shrink_like_one_over_root_k() {
        assertStepSizes("AdaGrad", stepsOnLinear(Optimizers.adaGrad(0.1), 50), k -> 0.1 / Math.sqrt(k));
    }

    @Test
    void rmsprop_steps_start_at_ten_alpha_and_settle_at_alpha() {
        assertStepSizes(
                "RMSProp", stepsOnLinear(Optimizers.rmsProp(0.01), 50), k -> 0.01 / Math.sqrt(1 - Math.pow(0.99, k)));
    }

    @Test
    void adam_steps_are_exactly_alpha_thanks_to_bias_correction() {
        assertStepSizes("Adam", stepsOnLinear(Optimizers.adam(0.05), 50), k -> 0.05);
        assertStepSizes("AMSGrad", stepsOnLinear(Optimizers.amsGrad(0.05), 50), k -> 0.05);
    }

    @Test
    void adam_state_shows_raw_and_bias_corrected_moments() {
        Optimizer adam = Optimizers.adam(0.01);
        double[] x = {-0.5, 0.5};
        adam.step(x, Landscapes.ROSENBROCK);
        adam.step(x, Landscapes.ROSENBROCK);
        OptimizerState.Adam state = (OptimizerState.Adam) adam.state().orElseThrow();

        assertThat(state.t()).isEqualTo(2);
        assertThat(state.variant()).isEqualTo(AdamVariant.ADAM);
        assertThat(state.vMax()).isEmpty();
        for (int i = 0; i < 2; i++) {
            assertNear("m̂", state.mHat()[i], state.m()[i] / (1 - 0.9 * 0.9), 1e-15, 0);
            assertNear("v̂", state.vHat()[i], state.v()[i] / (1 - 0.999 * 0.999), 1e-15, 0);
        }
        // Step 2 used the gradient at x_1; m_2 = 0.9·m_1 + 0.1·g_1 with m_1 = 0.1·g_0.
        double[] g0 = new double[2];
        Landscapes.ROSENBROCK.valueAndGradient(new double[] {-0.5, 0.5}, g0);
        double[] g1 = state.gradient();
        for (int i = 0; i < 2; i++) {
            assertNear("m_2", state.m()[i], 0.9 * 0.1 * g0[i] + 0.1 * g1[i], 1e-14, 0);
        }
    }

    @Test
    void a_snapshot_never_changes_afterwards() {
        Optimizer adam = Optimizers.adam(0.01);
        double[] x = {-0.5, 0.5};
        adam.step(x, Landscapes.ROSENBROCK);
        OptimizerState.Adam first = (OptimizerState.Adam) adam.state().orElseThrow();
        double[] m = first.m();
        m[0] = 1e9;
        adam.step(x, Landscapes.ROSENBROCK);

        assertThat(first.m()[0]).isNotEqualTo(1e9);
        assertThat(first.t()).isEqualTo(1);
        assertThat(first.m()).isNotEqualTo(((OptimizerState.Adam) adam.state().orElseThrow()).m());
    }

    @Test
    void the_state_is_empty_before_the_first_update() {
        assertThat(Optimizers.adam(0.01).state()).isEmpty();
        assertThat(Optimizers.gradientDescent(0.01).state()).isEmpty();
    }

    @Test
    void amsgrad_keeps_the_running_maximum_of_v_and_then_steps_differently_from_adam() {
        Optimizer amsgrad = Optimizers.amsGrad(0.1);
        Optimizer adam = Optimizers.adam(0.1);
        double[] xa = {1};
        double[] xb = {1};
        double runningMax = 0;
        boolean maximumHeld = false;
        for (int k = 0; k < 200; k++) {
            amsgrad.step(xa, ShiftedSquare.scalar(0));
            adam.step(xb, ShiftedSquare.scalar(0));
            OptimizerState.Adam state = (OptimizerState.Adam) amsgrad.state().orElseThrow();
            runningMax = Math.max(runningMax, state.v()[0]);
            assertThat(state.vMax()[0]).isEqualTo(runningMax);
            maximumHeld |= state.vMax()[0] > state.v()[0];
        }
        assertThat(maximumHeld)
                .as("the gradients shrink near the minimum, so v falls below its maximum")
                .isTrue();
        assertThat(Math.abs(xa[0] - xb[0])).isGreaterThan(1e-6);
    }

    @Test
    void adamw_first_update_decays_x_by_alpha_lambda_then_takes_the_adam_step() {
        double alpha = 0.1;
        double lambda = 0.01;
        double[] x = {3, 2};
        Optimizers.adamW(alpha).step(x, Landscapes.BOWL);
        // Gradient at (3, 2) is (2, 6); Adam's first step is α·g/(|g| + ε') ≈ α·sign(g).
        assertNear(
                "x_1", x, new double[] {3 * (1 - alpha * lambda) - alpha, 2 * (1 - alpha * lambda) - alpha}, 1e-9, 0);
    }

    @Test
    void adam_l2_first_update_adds_lambda_x_to_the_gradient() {
        double[] x = {3, 2};
        Optimizer l2 = Optimizers.adamL2(0.1, 0.01);
        l2.step(x, Landscapes.BOWL);
        // g + λx = (2.03, 6.02): still positive, so the first step is −α in each coordinate.
        assertNear("x_1", x, new double[] {2.9, 1.9}, 1e-9, 0);
        assertNear(
                "gradient fed to the moments",
                l2.state().orElseThrow().gradient(),
                new double[] {2.03, 6.02},
                1e-15,
                0);
    }

    @Test
    void adamw_and_adam_with_l2_decay_follow_different_paths() {
        double lambda = 0.5;
        Optimizer decoupled = new OptimizerSpec.Adam(0.05, 0.9, 0.999, 1e-8, AdamVariant.ADAMW, lambda).create();
        Optimizer coupled = Optimizers.adamL2(0.05, lambda);
        double[] a = {3, 2};
        double[] b = {3, 2};
        for (int k = 0; k < 300; k++) {
            decoupled.step(a, Landscapes.BOWL);
            coupled.step(b, Landscapes.BOWL);
        }
        // L2 decay is divided by √v̂ like the gradient; decoupled decay is not. The fixed points differ:
        // Adam + L2 settles where 2(x − c) + λx = 0, i.e. x = 2c/(2 + λ) = (1.6, −0.8).
        assertNear("Adam + L2 fixed point", b, new double[] {1.6, -0.8}, 0, 1e-3);
        assertThat(Near.distance(a, b)).isGreaterThan(0.05);
    }
}
