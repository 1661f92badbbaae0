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

import org.gradientlab.engine.function.DifferentiableFunction;
import org.gradientlab.engine.landscape.Landscapes;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Plain gradient descent against the course's NumPy and PyTorch (float64) figures. Tolerance: the
 * project's standard relative 1e-9 (the README: double engines evaluating the same formulas agree to
 * ~1e-12 over thousands of steps), with no absolute slack: the quadratic runs evaluate exactly the
 * NumPy formulas, so even their tiny late values agree to that relative precision.
 */
class GradientDescentReferenceTest {

    private static final double RTOL = 1e-9;

    private static RunResult gd(DifferentiableFunction f, double lr, double[] start, int steps) {
        return Runner.run(Optimizers.gradientDescent(lr), f, start, StopRule.steps(steps));
    }

    @Test
    void bowl_path_and_losses_match_numpy() {
        JsonNode in = inputs("s000-gd-bowl-numpy");
        JsonNode out = outputs("s000-gd-bowl-numpy");
        RunResult run = gd(
                Landscapes.BOWL,
                number(in.get("alpha")),
                vector(in.get("x_init")),
                in.get("n_steps").asInt());

        assertPath("bowl", run.trajectory(), matrix(out.get("path")), RTOL, 0);
        assertNear("bowl losses", run.trajectory().losses(), vector(out.get("f_path")), RTOL, 0);
        assertNear("final f", run.finalLoss(), number(out.get("final_f")), RTOL, 0);
        assertThat(run.reason()).isEqualTo(StopReason.STEPS);
        assertThat(run.step()).isEqualTo(30);
    }

    @Test
    void bowl_path_matches_the_torch_autograd_run() {
        JsonNode in = inputs("s000-gd-bowl-torch");
        RunResult run = gd(
                Landscapes.BOWL,
                number(in.get("alpha")),
                vector(in.get("x_init")),
                in.get("n_steps").asInt());

        assertPath(
                "bowl (torch)",
                run.trajectory(),
                matrix(outputs("s000-gd-bowl-torch").get("path")),
                RTOL,
                0);
    }

    @Test
    void rosenbrock_gd_matches_torch_and_needs_3504_steps_to_reach_f_below_0_01() {
        JsonNode in = inputs("s000-rosenbrock-gd-torch");
        JsonNode out = outputs("s000-rosenbrock-gd-torch");
        double lr = number(in.get("alpha"));
        double[] start = vector(in.get("x_init"));

        RunResult run = gd(Landscapes.ROSENBROCK, lr, start, in.get("n_steps").asInt());
        assertSampledPath("rosenbrock", run.trajectory(), out.get("path_every_100_steps"), RTOL, 0);
        assertSampledLosses("rosenbrock", run.trajectory(), out.get("f_every_100_steps"), RTOL, 0);
        assertNear("final f", run.finalLoss(), number(out.get("f_final")), RTOL, 0);

        JsonNode extended = out.get("extended_run_20000_steps");
        RunResult untilThreshold = Runner.run(
                Optimizers.gradientDescent(lr),
                Landscapes.ROSENBROCK,
                start,
                StopRule.steps(20000).whenBelow(0.01));
        assertThat(untilThreshold.reason()).isEqualTo(StopReason.THRESHOLD);
        assertThat(untilThreshold.step())
                .isEqualTo(extended.get("steps_to_f_below_0.01").asInt())
                .isEqualTo(3504);
        assertNear("x at 3504", untilThreshold.finalPoint(), vector(extended.get("x_at_that_step")), RTOL, 0);
        assertNear("f at 3504", untilThreshold.finalLoss(), number(extended.get("f_at_that_step")), RTOL, 0);

        RunResult full = gd(Landscapes.ROSENBROCK, lr, start, 20000);
        assertNear("x at 20000", full.finalPoint(), vector(extended.get("final_x_20000")), RTOL, 0);
        assertNear("f at 20000", full.finalLoss(), number(extended.get("f_final_20000")), RTOL, 0);
    }

    @Test
    void lr_race_on_the_ravine_matches_and_no_listed_rate_diverges() {
        JsonNode in = inputs("s000-lr-race-ill-conditioned");
        JsonNode race = outputs("s000-lr-race-ill-conditioned").get("race");
        for (String key : race.propertyNames()) {
            JsonNode expected = race.get(key);
            RunResult run = gd(
                    Landscapes.RAVINE,
                    Double.parseDouble(key),
                    vector(in.get("x0")),
                    in.get("n_steps").asInt());

            assertPath("alpha " + key, run.trajectory(), matrix(expected.get("path")), RTOL, 0);
            assertNear("alpha " + key + " losses", run.trajectory().losses(), vector(expected.get("losses")), RTOL, 0);
            assertThat(run.outcome()).as("alpha " + key).isNotEqualTo(Outcome.DIVERGED);
            assertThat(expected.get("diverges").asBoolean()).isFalse();
            assertThat(signChanges(run.trajectory(), 1))
                    .as("x2 sign changes at alpha " + key)
                    .isEqualTo(expected.get("x2_sign_changes").asInt());
        }
        RunResult zeroing = gd(Landscapes.RAVINE, 0.05, vector(in.get("x0")), 1);
        assertThat(zeroing.finalPoint()[1])
                .as("alpha 0.05 zeroes x2 in one step")
                .isZero();
    }

    @Test
    void ravine_threshold_is_two_over_the_largest_hessian_eigenvalue_not_the_seeds_one_over() {
        JsonNode out = outputs("s000-lr-race-ill-conditioned");
        double[][] h = new double[2][2];
        Landscapes.RAVINE.hessian(new double[] {0, 0}, h);

        assertThat(StepSizeTheory.gradientDescentThreshold(h[0][0], h[1][1]))
                .isEqualTo(number(out.get("true_divergence_threshold")));
        assertThat(StepSizeTheory.fastestNonOscillatingStep(h[0][0], h[1][1]))
                .as("the seed's 'safe' rate is only the non-oscillation bound")
                .isEqualTo(number(out.get("alpha_safe_seed")));
    }

    private static int signChanges(Trajectory trajectory, int coordinate) {
        int changes = 0;
        for (int k = 1; k < trajectory.size(); k++) {
            if (trajectory.coordinate(k, coordinate) * trajectory.coordinate(k - 1, coordinate) < 0) {
                changes++;
            }
        }
        return changes;
    }
}
