package org.gradientlab.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradientlab.engine.optim.Near.assertNear;
import static org.gradientlab.engine.optim.Near.assertPath;
import static org.gradientlab.engine.optim.Near.assertSampledLosses;
import static org.gradientlab.engine.optim.Near.assertSampledPath;
import static org.gradientlab.reference.ReferenceData.inputs;
import static org.gradientlab.reference.ReferenceData.matrix;
import static org.gradientlab.reference.ReferenceData.number;
import static org.gradientlab.reference.ReferenceData.outputs;
import static org.gradientlab.reference.ReferenceData.vector;

import java.util.Arrays;
import org.gradientlab.engine.function.DifferentiableFunction;
import org.gradientlab.engine.landscape.Landscapes;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * GD on the small functions of the first lessons (x², (x − 3)², ‖x − c‖², (x − 2)² + 1) and the
 * 500-step Rosenbrock run. Float64 cases: relative 1e-9, no absolute slack (same formulas as NumPy).
 * Float32 cases (PyTorch float32): the engine computes in double, so the figures are compared at
 * float32 precision: each coordinate (of size ≤ 5) picks up at most one float32 rounding (2^-24
 * relative) per operation, about 3 per step, over ≤ 20 steps, i.e. well under 5·60·6e-8 ≈ 2e-5; the
 * tolerance is absolute 2e-5. The double run is also checked against the exact closed form at 1e-12.
 */
class ScalarGradientDescentReferenceTest {

    private static final double RTOL = 1e-9;
    private static final double FLOAT32_ATOL = 2e-5;

    private static Trajectory gd(DifferentiableFunction f, double lr, double[] start, int steps) {
        return Runner.run(Optimizers.gradientDescent(lr), f, start, StopRule.steps(steps))
                .trajectory();
    }

    private static double[] column(Trajectory trajectory) {
        double[] xs = new double[trajectory.size()];
        for (int k = 0; k < xs.length; k++) {
            xs[k] = trajectory.coordinate(k, 0);
        }
        return xs;
    }

    @Test
    void x_squared_contracts_by_0_8_per_step() {
        JsonNode in = inputs("s001-gd-x2-scalar");
        JsonNode out = outputs("s001-gd-x2-scalar");
        Trajectory run = gd(
                ShiftedSquare.scalar(0),
                number(in.get("eta")),
                new double[] {number(in.get("x0"))},
                in.get("n_steps").asInt());

        assertNear("trajectory", column(run), vector(out.get("trajectory")), RTOL, 0);
        assertNear("f final", run.loss(20), number(out.get("f_final")), RTOL, 0);
        // The loop and 5·0.8^20 may differ in the last ulp (case notes): 1e-14 relative.
        assertNear("closed form", run.coordinate(20, 0), 5 * Math.pow(0.8, 20), 1e-14, 0);
    }

    @Test
    void shifted_scalar_exercise_matches() {
        JsonNode in = inputs("s001-ex1-shifted-scalar");
        JsonNode out = outputs("s001-ex1-shifted-scalar");
        Trajectory run = gd(
                ShiftedSquare.scalar(3),
                number(in.get("eta")),
                new double[] {number(in.get("x0"))},
                in.get("n_steps").asInt());

        assertNear("trajectory", column(run), vector(out.get("trajectory")), RTOL, 0);
        assertNear("final f", run.loss(20), number(out.get("final_f")), RTOL, 0);
    }

    @Test
    void vector_gd_matches_torch_float32_to_float_precision() {
        JsonNode in = inputs("s001-gd-x2-vector-torch");
        JsonNode out = outputs("s001-gd-x2-vector-torch");
        Trajectory run = gd(
                new ShiftedSquare(new double[] {0, 0}, 0),
                number(in.get("eta")),
                vector(in.get("x0")),
                in.get("n_steps").asInt());

        assertPath("float32 trajectory", run, matrix(out.get("trajectory")), 0, FLOAT32_ATOL);
        assertNear("exact closed form", run.last(), vector(out.get("closed_form_float64")), 1e-12, 0);
    }

    @Test
    void shifted_vector_exercise_matches_torch_float32_to_float_precision() {
        JsonNode in = inputs("s001-ex3-shifted-vector-torch");
        JsonNode out = outputs("s001-ex3-shifted-vector-torch");
        double[] target = vector(in.get("target"));
        Trajectory run = gd(
                new ShiftedSquare(target, 0),
                number(in.get("eta")),
                vector(in.get("x0")),
                in.get("n_steps").asInt());

        assertPath("float32 trajectory", run, matrix(out.get("trajectory")), 0, FLOAT32_ATOL);
        assertNear("exact closed form", run.last(), vector(out.get("closed_form_float64")), 1e-12, 0);
        assertNear(
                "distance to target",
                Near.distance(run.last(), target),
                number(out.get("final_dist_to_target")),
                0,
                FLOAT32_ATOL);
    }

    @Test
    void learning_rate_comparisons_on_x_squared_match() {
        JsonNode in = inputs("s001-lr-comparison-x2");
        JsonNode runs = outputs("s001-lr-comparison-x2").get("runs");
        for (String key : runs.propertyNames()) {
            Trajectory run = gd(
                    ShiftedSquare.scalar(0),
                    Double.parseDouble(key),
                    new double[] {number(in.get("x0"))},
                    in.get("n_steps").asInt());
            assertNear("lr " + key, column(run), vector(runs.get(key).get("hist")), RTOL, 0);
            assertNear(
                    "lr " + key + " losses", run.losses(), vector(runs.get(key).get("f_hist")), RTOL, 0);
        }
        RunResult slowDivergence = Runner.run(
                Optimizers.gradientDescent(1.01), ShiftedSquare.scalar(0), new double[] {5}, StopRule.steps(10_000));
        assertThat(slowDivergence.outcome()).as("factor −1.02 diverges, slowly").isEqualTo(Outcome.DIVERGED);
    }

    @Test
    void learning_rate_effect_on_the_shifted_square_matches_including_the_two_cycle_and_divergence() {
        JsonNode in = inputs("s001-ex4-lr-effect-shifted");
        JsonNode runs = outputs("s001-ex4-lr-effect-shifted").get("runs");
        int steps = in.get("n_steps").asInt();
        for (String key : runs.propertyNames()) {
            // Stepped directly: the runner would stop the lr 1.5 run at its divergence (see below).
            double[][] iterates = Iterates.of(
                    Optimizers.gradientDescent(Double.parseDouble(key)),
                    ShiftedSquare.scalar(3),
                    new double[] {number(in.get("x0"))},
                    steps);
            double[] expected = vector(runs.get(key).get("hist"));
            for (int k = 0; k <= steps; k++) {
                assertNear("lr " + key + " x" + k, iterates[k][0], expected[k], RTOL, 0);
            }
        }
        Trajectory cycle = gd(ShiftedSquare.scalar(3), 1.0, new double[] {-7}, steps);
        assertThat(cycle.coordinate(14, 0)).isEqualTo(-7);
        assertThat(cycle.coordinate(15, 0)).isEqualTo(13);
        assertThat(Iterates.of(Optimizers.gradientDescent(1.5), ShiftedSquare.scalar(3), new double[] {-7}, 15)[15][0])
                .as("3 + (−10)(−2)^15")
                .isEqualTo(327683);

        RunResult diverging = Runner.run(
                Optimizers.gradientDescent(1.5), ShiftedSquare.scalar(3), new double[] {-7}, StopRule.steps(steps));
        // f(x_10) = 10240² ≈ 1.05e8 is the first loss above 1e6·(|f(x_0)| + 1) = 1.01e8.
        assertThat(diverging.reason()).isEqualTo(StopReason.DIVERGED);
        assertThat(diverging.step()).isEqualTo(10);
        assertNear(
                "lr 1.5 losses up to the divergence",
                diverging.trajectory().losses(),
                Arrays.copyOf(vector(runs.get("1.5").get("f_hist")), 11),
                RTOL,
                0);
    }

    @Test
    void gd_on_the_offset_parabola_matches_and_f_minus_f_star_is_recorded() {
        JsonNode in = inputs("s004-gd-1d");
        JsonNode out = outputs("s004-gd-1d");
        Trajectory run = gd(
                new ShiftedSquare(new double[] {2}, 1),
                number(in.get("learning_rate")),
                new double[] {number(in.get("x0"))},
                in.get("n_iterations").asInt());

        assertNear("x", column(run), vector(out.get("x_vals")), RTOL, 0);
        assertNear("f", run.losses(), vector(out.get("f_vals")), RTOL, 0);
        double[] gap = run.losses();
        for (int k = 0; k < gap.length; k++) {
            gap[k] -= 1;
        }
        assertNear("f − f*", gap, vector(out.get("f_minus_fstar")), RTOL, 0);
    }

    @Test
    void learning_rate_effect_on_the_offset_parabola_matches() {
        JsonNode in = inputs("s004-lr-effect-1d");
        JsonNode runs = outputs("s004-lr-effect-1d").get("runs");
        for (String key : runs.propertyNames()) {
            Trajectory run = gd(
                    new ShiftedSquare(new double[] {2}, 1),
                    Double.parseDouble(key),
                    new double[] {number(in.get("x0"))},
                    in.get("n_iterations").asInt());
            assertNear("lr " + key, column(run), vector(runs.get(key).get("x_vals")), RTOL, 0);
            assertNear(
                    "lr " + key + " losses", run.losses(), vector(runs.get(key).get("f_vals")), RTOL, 0);
        }
        assertThat(gd(new ShiftedSquare(new double[] {2}, 1), 0.5, new double[] {5}, 1)
                        .coordinate(1, 0))
                .as("lr 0.5 lands on the minimum in one step")
                .isEqualTo(2);
    }

    @Test
    void gd_on_rosenbrock_from_minus_one_one_matches() {
        JsonNode in = inputs("s004-gd-2d-rosenbrock");
        JsonNode out = outputs("s004-gd-2d-rosenbrock");
        Trajectory run = gd(
                Landscapes.ROSENBROCK,
                number(in.get("learning_rate")),
                vector(in.get("x0")),
                in.get("n_iterations").asInt());

        assertSampledPath("rosenbrock", run, out.get("path_every_50"), RTOL, 0);
        assertSampledLosses("rosenbrock", run, out.get("f_every_50"), RTOL, 0);
        assertNear("final x", run.last(), vector(out.get("final_x")), RTOL, 0);
    }
}
