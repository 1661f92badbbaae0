package org.gradientlab.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradientlab.engine.optim.Near.assertNear;
import static org.gradientlab.engine.optim.Near.assertSampledLosses;
import static org.gradientlab.engine.optim.Near.assertSampledPath;
import static org.gradientlab.reference.ReferenceData.inputs;
import static org.gradientlab.reference.ReferenceData.number;
import static org.gradientlab.reference.ReferenceData.outputs;
import static org.gradientlab.reference.ReferenceData.vector;

import org.gradientlab.engine.landscape.Landscapes;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Adam against {@code torch.optim.Adam} (float64) and the course's own Adam class. */
class AdamReferenceTest {

    @Test
    void adam_on_rosenbrock_tracks_torch_and_reaches_f_below_0_01_after_1346_updates() {
        JsonNode in = inputs("s000-rosenbrock-adam-torch");
        JsonNode out = outputs("s000-rosenbrock-adam-torch");
        double[] betas = vector(in.get("betas"));
        OptimizerSpec spec = new OptimizerSpec.Adam(
                number(in.get("lr")), betas[0], betas[1], number(in.get("eps")), AdamVariant.ADAM, 0);
        double[] start = vector(in.get("x_init"));

        RunResult run = Runner.run(
                spec.create(),
                Landscapes.ROSENBROCK,
                start,
                StopRule.steps(in.get("n_steps").asInt()));
        // The notes: ports stay within ~1.5e-15 of torch's path; compare coordinates (of size ≤ 1) at 1e-12.
        assertSampledPath("adam", run.trajectory(), out.get("path_every_250_steps"), 0, 1e-12);
        // loss_adam[i] = f before update i+1 = f(x_i): the trajectory's losses. A coordinate error δ ≤ 1e-12
        // moves f by about ‖∇f‖·δ, and ‖∇f‖ ≤ 69 along this path (its start), so 1e-9 relative plus 1e-10.
        assertSampledLosses("adam", run.trajectory(), out.get("loss_every_250_steps"), 1e-9, 1e-10);
        assertNear("final x", run.finalPoint(), vector(out.get("final_x")), 0, 1e-12);
        assertNear("f at step 2000", run.trajectory().loss(2000), number(out.get("f_at_step_2000")), 1e-9, 0);
        assertThat(run.finalLoss())
                .as("f at the final x (7.4e-23): round-off sized")
                .isLessThan(1e-21);

        RunResult untilThreshold = Runner.run(
                spec.create(),
                Landscapes.ROSENBROCK,
                start,
                StopRule.steps(5000).whenBelow(0.01));
        assertThat(untilThreshold.step())
                .isEqualTo(out.get("steps_to_f_below_0.01").asInt())
                .isEqualTo(1346);
        assertNear(
                "x when first below 0.01",
                untilThreshold.finalPoint(),
                vector(out.get("x_when_first_below_0.01")),
                0,
                1e-12);

        int gdSteps = out.get("gd_steps_to_f_below_0.01_for_comparison(extended run, case s000-rosenbrock-gd-torch)")
                .asInt();
        assertThat(untilThreshold.step())
                .as("Adam needs fewer updates than GD's")
                .isLessThan(gdSteps);
    }

    @Test
    void course_adam_class_on_rosenbrock_matches_for_every_learning_rate() {
        JsonNode in = inputs("s004-adam-lr-sensitivity");
        JsonNode results = outputs("s004-adam-lr-sensitivity").get("results");
        double[] optimum = Near.minimiser(Landscapes.ROSENBROCK);
        for (String key : results.propertyNames()) {
            JsonNode expected = results.get(key);
            RunResult run = Runner.run(
                    Optimizers.adam(Double.parseDouble(key)),
                    Landscapes.ROSENBROCK,
                    vector(in.get("x0")),
                    StopRule.steps(in.get("n_steps").asInt()));
            // The course's class writes α·m̂/(√v̂ + ε); torch's operation order differs in the last ulps,
            // which 50 updates amplify to ~3e-15: relative 1e-9 is far above that.
            assertNear("lr " + key + " final x", run.finalPoint(), vector(expected.get("final_x")), 1e-9, 0);
            assertNear("lr " + key + " final f", run.finalLoss(), number(expected.get("final_f")), 1e-9, 0);
            assertNear(
                    "lr " + key + " distance",
                    Near.distance(run.finalPoint(), optimum),
                    number(expected.get("distance")),
                    1e-9,
                    0);
        }
    }

    @Test
    void bias_correction_factor_at_t_1_is_1_over_1_minus_beta1_in_double() {
        JsonNode in = inputs("s002-ex4-bias-correction-factor");
        JsonNode out = outputs("s002-ex4-bias-correction-factor");
        double beta1 = number(in.get("beta1"));
        Optimizer adam = new OptimizerSpec.Adam(0.01, beta1, 0.999, 1e-8, AdamVariant.ADAM, 0).create();
        adam.step(new double[] {-0.5, 0.5}, Landscapes.ROSENBROCK);

        OptimizerState.Adam state = (OptimizerState.Adam) adam.state().orElseThrow();
        assertThat(state.t()).isEqualTo(in.get("t").asInt());
        assertThat(state.firstMomentCorrection()).isEqualTo(number(out.get("m_hat_over_m")));
        assertThat(1 - beta1).isEqualTo(number(out.get("one_minus_beta1_in_double")));
        for (int i = 0; i < 2; i++) {
            // m̂ = m/(1 − β1): one division, so within one rounding of 10.000000000000002·m.
            assertNear("m̂/m", state.mHat()[i] / state.m()[i], number(out.get("m_hat_over_m")), 1e-15, 0);
        }
    }
}
