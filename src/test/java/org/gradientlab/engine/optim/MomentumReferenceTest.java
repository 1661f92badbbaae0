package org.gradientlab.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradientlab.engine.optim.Near.assertNear;
import static org.gradientlab.engine.optim.Near.assertPath;
import static org.gradientlab.engine.optim.Near.assertSampledLosses;
import static org.gradientlab.reference.ReferenceData.inputs;
import static org.gradientlab.reference.ReferenceData.matrix;
import static org.gradientlab.reference.ReferenceData.number;
import static org.gradientlab.reference.ReferenceData.outputs;
import static org.gradientlab.reference.ReferenceData.vector;

import java.util.OptionalDouble;
import org.gradientlab.engine.landscape.Landscape;
import org.gradientlab.engine.landscape.Landscapes;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Momentum in each of its three forms, and the Rosenbrock shoot-out, against the course's figures.
 * Relative tolerance 1e-9, no absolute slack: the engine evaluates the same update formulas in the same
 * order as the NumPy code, and the README bounds the drift of such ports at ~1e-12 relative.
 */
class MomentumReferenceTest {

    private static final double RTOL = 1e-9;

    @Test
    void velocity_momentum_and_gd_on_the_ravine_match_and_gd_ends_lower() {
        JsonNode in = inputs("s000-momentum-vs-gd");
        JsonNode out = outputs("s000-momentum-vs-gd");
        double lr = number(in.get("alpha"));
        double[] start = vector(in.get("x0"));
        int steps = in.get("n_steps").asInt();

        RunResult gd = Runner.run(Optimizers.gradientDescent(lr), Landscapes.RAVINE, start, StopRule.steps(steps));
        RunResult momentum = Runner.run(
                Optimizers.momentum(lr, number(in.get("beta")), MomentumForm.VELOCITY),
                Landscapes.RAVINE,
                start,
                StopRule.steps(steps));

        assertPath("gd", gd.trajectory(), matrix(out.get("gd").get("path")), RTOL, 0);
        assertNear("gd losses", gd.trajectory().losses(), vector(out.get("gd").get("losses")), RTOL, 0);
        assertPath("momentum", momentum.trajectory(), matrix(out.get("momentum").get("path")), RTOL, 0);
        assertNear(
                "momentum losses",
                momentum.trajectory().losses(),
                vector(out.get("momentum").get("losses")),
                RTOL,
                0);
        assertThat(gd.finalLoss())
                .as("the note: plain GD ends lower than momentum here")
                .isLessThan(momentum.finalLoss());
    }

    @Test
    void on_the_double_well_sgd_finds_the_global_minimum_and_ema_momentum_stays_in_the_left_basin() {
        JsonNode in = inputs("s003-local-min-escape");
        JsonNode out = outputs("s003-local-min-escape");
        double lr = number(in.get("lr"));
        double[] start = {number(in.get("x0"))};
        int steps = in.get("n_steps").asInt();
        Landscape well = Landscapes.DOUBLE_WELL;

        Trajectory sgd = Runner.run(Optimizers.gradientDescent(lr), well, start, StopRule.steps(steps))
                .trajectory();
        Trajectory ema = Runner.run(
                        Optimizers.momentum(lr, number(in.get("beta")), MomentumForm.EMA),
                        well,
                        start,
                        StopRule.steps(steps))
                .trajectory();

        assertNear("sgd", column(sgd), vector(out.get("sgd_trajectory")), RTOL, 0);
        assertNear("sgd final f", sgd.loss(steps), number(out.get("sgd_final_f")), RTOL, 0);
        assertNear("momentum", column(ema), vector(out.get("momentum_trajectory")), RTOL, 0);
        assertNear("momentum final f", ema.loss(steps), number(out.get("momentum_final_f")), RTOL, 0);

        double globalMinimiser = well.globalMinimiser().orElseThrow()[0];
        assertThat(Math.abs(sgd.coordinate(steps, 0) - globalMinimiser)).isLessThan(1e-9);
        double localMaximum = vector(out.get("critical_points"))[1];
        for (int k = 0; k <= steps; k++) {
            assertThat(ema.coordinate(k, 0))
                    .as("momentum never crosses the hump")
                    .isLessThan(localMaximum);
        }
    }

    @Test
    void rosenbrock_shootout_matches_and_heavy_ball_is_the_only_one_within_0_1() {
        JsonNode in = inputs("s003-rosenbrock-shootout");
        JsonNode results = outputs("s003-rosenbrock-shootout").get("results");
        JsonNode momentum = in.get("Momentum");
        JsonNode adam = in.get("Adam");
        OptimizerSpec[] specs = {
            OptimizerSpec.gradientDescent(number(in.get("SGD").get("lr"))),
            new OptimizerSpec.Momentum(
                    number(momentum.get("lr")), number(momentum.get("beta")), MomentumForm.HEAVY_BALL),
            new OptimizerSpec.Adam(
                    number(adam.get("lr")),
                    number(adam.get("beta1")),
                    number(adam.get("beta2")),
                    number(adam.get("eps")),
                    AdamVariant.ADAM,
                    0),
        };
        String[] names = {"SGD", "Momentum", "Adam"};
        double[] start = vector(in.get("start"));
        int steps = in.get("steps").asInt();
        double[] optimum = Near.minimiser(Landscapes.ROSENBROCK);

        for (int i = 0; i < specs.length; i++) {
            JsonNode expected = results.get(names[i]);
            RunResult run = Runner.run(
                    specs[i],
                    Schedule.constant(),
                    Landscapes.ROSENBROCK,
                    start,
                    StopRule.steps(steps),
                    OptionalDouble.of(0));
            Trajectory path = run.trajectory();
            JsonNode positions = expected.get("positions_at_steps");
            for (String key : positions.propertyNames()) {
                assertNear(
                        names[i] + " step " + key,
                        path.point(Integer.parseInt(key)),
                        vector(positions.get(key)),
                        RTOL,
                        0);
            }
            assertNear(names[i] + " final", run.finalPoint(), vector(expected.get("final_position")), RTOL, 0);
            assertNear(
                    names[i] + " distance",
                    Near.distance(run.finalPoint(), optimum),
                    number(expected.get("distance")),
                    RTOL,
                    0);
            assertNear(names[i] + " loss", run.finalLoss(), number(expected.get("final_loss")), RTOL, 0);
            assertNear(
                    names[i] + " path length",
                    pathLength(path, 1000),
                    number(expected.get("path_length_first_1000_steps")),
                    RTOL,
                    0);
            assertThat(run.outcome()).as(names[i] + " never overflows").isNotEqualTo(Outcome.DIVERGED);
            assertThat(expected.get("first_nonfinite_step").isNull()).isTrue();

            RunResult untilClose = Runner.run(
                    specs[i],
                    Schedule.constant(),
                    Landscapes.ROSENBROCK,
                    start,
                    StopRule.steps(steps).whenWithin(0.1, optimum),
                    OptionalDouble.empty());
            JsonNode stepsToClose = expected.get("steps_to_dist_below_0.1");
            if (stepsToClose.isNull()) {
                assertThat(untilClose.reason()).as(names[i]).isEqualTo(StopReason.STEPS);
            } else {
                assertThat(untilClose.reason()).as(names[i]).isEqualTo(StopReason.DISTANCE);
                assertThat(untilClose.step())
                        .as(names[i])
                        .isEqualTo(stepsToClose.asInt())
                        .isEqualTo(518);
            }
        }
    }

    @Test
    void momentum_written_v_plus_lr_g_is_the_velocity_form_on_rosenbrock() {
        JsonNode in = inputs("s004-momentum-vs-vanilla-rosenbrock");
        JsonNode out = outputs("s004-momentum-vs-vanilla-rosenbrock");
        double lr = number(in.get("learning_rate"));
        double[] start = vector(in.get("x0"));
        int steps = in.get("n_iterations").asInt();

        RunResult vanilla =
                Runner.run(Optimizers.gradientDescent(lr), Landscapes.ROSENBROCK, start, StopRule.steps(steps));
        // The case's v ← 0.9v + 0.001g, x ← x − v is the velocity form with v negated.
        RunResult momentum = Runner.run(
                Optimizers.momentum(lr, number(in.get("momentum")), MomentumForm.VELOCITY),
                Landscapes.ROSENBROCK,
                start,
                StopRule.steps(steps));

        assertSampledLosses("vanilla", vanilla.trajectory(), out.get("vanilla").get("f_every_20"), RTOL, 0);
        assertNear(
                "vanilla final", vanilla.finalPoint(), vector(out.get("vanilla").get("final_x")), RTOL, 0);
        assertSampledLosses(
                "momentum", momentum.trajectory(), out.get("momentum").get("f_every_20"), RTOL, 0);
        assertNear(
                "momentum final",
                momentum.finalPoint(),
                vector(out.get("momentum").get("final_x")),
                RTOL,
                0);
        assertNear(
                "momentum final f",
                momentum.finalLoss(),
                number(out.get("momentum").get("final_f")),
                RTOL,
                0);
    }

    private static double[] column(Trajectory trajectory) {
        double[] xs = new double[trajectory.size()];
        for (int k = 0; k < xs.length; k++) {
            xs[k] = trajectory.coordinate(k, 0);
        }
        return xs;
    }

    /** The sum of the first {@code segments} segment lengths, as the case measures it. */
    private static double pathLength(Trajectory path, int segments) {
        double length = 0;
        for (int k = 1; k <= Math.min(segments, path.size() - 1); k++) {
            length += Near.distance(path.point(k), path.point(k - 1));
        }
        return length;
    }
}
