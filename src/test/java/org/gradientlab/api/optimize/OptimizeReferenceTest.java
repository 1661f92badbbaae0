package org.gradientlab.api.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradientlab.api.Close.assertClose;
import static org.gradientlab.reference.ReferenceData.matrix;
import static org.gradientlab.reference.ReferenceData.outputs;
import static org.gradientlab.reference.ReferenceData.vector;

import org.gradientlab.api.ApiClient;
import org.gradientlab.api.ApiClient.Reply;
import org.gradientlab.api.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/optimize} reproduces the reference figures (computed with NumPy and PyTorch). Tolerance: 1e-9
 * relative, the reference README's figure for engines that evaluate the same formulas in the same order (they agree
 * to ~1e-12 over thousands of steps); step counts exactly.
 */
@ApiTest
class OptimizeReferenceTest {

    private static final double REL = 1e-9;

    private final ApiClient api;

    OptimizeReferenceTest(@Autowired MockMvc mvc) {
        this.api = new ApiClient(mvc);
    }

    @Test
    void adam_on_rosenbrock_first_gets_below_one_hundredth_after_1346_steps() {
        JsonNode expected = outputs("s000-rosenbrock-adam-torch");
        Reply reply = api.post("/api/v1/optimize", """
                {"landscape": "rosenbrock", "start": [-0.5, 0.5], "optimizer": {"name": "adam", "lr": 0.01},
                 "steps": 5000, "stop": {"fBelow": 0.01}}""");

        assertThat(reply.status()).isEqualTo(200);
        int steps = expected.get("steps_to_f_below_0.01").asInt();
        assertThat(reply.body().at("/stopped/reason").asString()).isEqualTo("threshold");
        assertThat(reply.body().at("/stopped/step").asInt()).isEqualTo(steps).isEqualTo(1346);
        double[][] trajectory = matrix(reply.body().get("trajectory"));
        double[] losses = vector(reply.body().get("losses"));
        assertThat(trajectory.length).isEqualTo(steps + 1);
        assertThat(losses).hasSize(steps + 1);
        assertClose(trajectory[steps], vector(expected.get("x_when_first_below_0.01")), REL, 0, "x at the stop");
        assertThat(losses[steps]).isLessThan(0.01);
        assertThat(losses[steps - 1]).isGreaterThanOrEqualTo(0.01);
        JsonNode every250 = expected.get("path_every_250_steps");
        for (int k = 0; k <= 1250; k += 250) {
            assertClose(trajectory[k], vector(every250.get(Integer.toString(k))), REL, 0, "x at step " + k);
        }
    }

    @Test
    void gradient_descent_on_the_bowl_follows_the_numpy_path() {
        JsonNode expected = outputs("s000-gd-bowl-numpy");
        Reply reply = api.post("/api/v1/optimize", """
                {"landscape": "bowl", "start": [-2, 3], "optimizer": {"name": "gd", "lr": 0.3}, "steps": 30}""");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().at("/stopped/reason").asString()).isEqualTo("steps");
        assertThat(reply.body().at("/stopped/step").asInt()).isEqualTo(30);
        assertClose(matrix(reply.body().get("trajectory")), matrix(expected.get("path")), REL, 0, "path");
        assertClose(vector(reply.body().get("losses")), vector(expected.get("f_path")), REL, 0, "f along the path");
    }

    @Test
    void velocity_form_momentum_on_a_typed_ravine_follows_the_reference_path() {
        JsonNode expected = outputs("s000-momentum-vs-gd").get("momentum");
        Reply reply = api.post("/api/v1/optimize", """
                {"function": "x1^2 + 10x2^2", "start": [3, 2],
                 "optimizer": {"name": "momentum", "lr": 0.04, "beta": 0.85}, "steps": 80}""");

        assertThat(reply.status()).isEqualTo(200);
        assertClose(matrix(reply.body().get("trajectory")), matrix(expected.get("path")), REL, 0, "path");
        assertClose(vector(reply.body().get("losses")), vector(expected.get("losses")), REL, 0, "losses");
    }

    @Test
    void the_rosenbrock_shootout_is_reproduced_with_heavy_ball_momentum_sgd_and_adam() {
        JsonNode results = outputs("s003-rosenbrock-shootout").get("results");
        String[][] runs = {
            {"SGD", "{\"name\": \"gd\", \"lr\": 0.001}"},
            {"Momentum", "{\"name\": \"momentum\", \"lr\": 0.001, \"beta\": 0.9, \"momentumForm\": \"heavy-ball\"}"},
            {"Adam", "{\"name\": \"adam\", \"lr\": 0.01, \"beta1\": 0.9, \"beta2\": 0.999, \"eps\": 1e-8}"}
        };
        for (String[] run : runs) {
            Reply reply = api.post("/api/v1/optimize", """
                    {"landscape": "rosenbrock", "start": [-2, 2], "optimizer": %s, "steps": 5000}""".formatted(run[1]));

            assertThat(reply.status()).as(run[0]).isEqualTo(200);
            double[][] trajectory = matrix(reply.body().get("trajectory"));
            JsonNode positions = results.get(run[0]).get("positions_at_steps");
            for (String step : positions.propertyNames()) {
                assertClose(
                        trajectory[Integer.parseInt(step)],
                        vector(positions.get(step)),
                        REL,
                        0,
                        run[0] + " at step " + step);
            }
            assertClose(
                    vector(reply.body().get("losses"))[5000],
                    results.get(run[0]).get("final_loss").asDouble(),
                    REL,
                    0,
                    run[0] + " final loss");
        }
    }
}
