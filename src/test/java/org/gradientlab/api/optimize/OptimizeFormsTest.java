package org.gradientlab.api.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradientlab.api.Close.assertClose;
import static org.gradientlab.reference.ReferenceData.matrix;
import static org.gradientlab.reference.ReferenceData.vector;

import org.gradientlab.api.ApiClient;
import org.gradientlab.api.ApiClient.Reply;
import org.gradientlab.api.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The request's names reach the right formulas: momentum and Nesterov forms, Newton's exact Hessian for a typed
 * function, gradient clipping, the distance stop, and non-finite numbers in both directions. The forms are compared
 * through the identities of DESIGN §3; where two runs compute the same iterates by different arithmetic, the
 * tolerance is 1e-10 relative (rounding differences of ~1e-16 per step over at most 60 steps, amplified by at most a
 * factor ~10 by the contracting iteration).
 */
@ApiTest
class OptimizeFormsTest {

    private static final double SAME_ITERATES = 1e-10;

    private final ApiClient api;

    OptimizeFormsTest(@Autowired MockMvc mvc) {
        this.api = new ApiClient(mvc);
    }

    private double[][] trajectory(String body) {
        Reply reply = api.post("/api/v1/optimize", body);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return matrix(reply.body().get("trajectory"));
    }

    private double[][] ravine(String optimizer) {
        return trajectory("""
                {"landscape": "ravine", "start": [3, 2], "optimizer": %s, "steps": 60}""".formatted(optimizer));
    }

    @Test
    void velocity_form_is_the_default_and_equals_heavy_ball_at_a_constant_rate() {
        String momentum = "{\"name\": \"momentum\", \"lr\": 0.02, \"beta\": 0.8%s}";
        double[][] byDefault = ravine(momentum.formatted(""));
        double[][] velocity = ravine(momentum.formatted(", \"momentumForm\": \"velocity\""));
        double[][] heavyBall = ravine(momentum.formatted(", \"momentumForm\": \"heavy-ball\""));

        assertThat(byDefault).isDeepEqualTo(velocity);
        assertClose(heavyBall, velocity, SAME_ITERATES, 0, "heavy ball vs velocity");
    }

    @Test
    void ema_form_equals_heavy_ball_with_the_rate_scaled_by_one_minus_beta() {
        double[][] ema = ravine("{\"name\": \"momentum\", \"lr\": 0.05, \"beta\": 0.8, \"momentumForm\": \"ema\"}");
        double[][] heavyBall =
                ravine("{\"name\": \"momentum\", \"lr\": %s, \"beta\": 0.8, \"momentumForm\": \"heavy-ball\"}"
                        .formatted(0.05 * (1 - 0.8)));

        assertClose(ema, heavyBall, SAME_ITERATES, 0, "ema vs heavy ball with α(1−β)");
    }

    @Test
    void momentum_beta_defaults_to_nine_tenths() {
        assertThat(ravine("{\"name\": \"momentum\", \"lr\": 0.02}"))
                .isDeepEqualTo(ravine("{\"name\": \"momentum\", \"lr\": 0.02, \"beta\": 0.9}"));
    }

    @Test
    void pytorch_nesterov_tracks_the_lookahead_point_of_the_lookahead_form() {
        double beta = 0.9;
        double[][] pytorch = ravine("{\"name\": \"nesterov\", \"lr\": 0.02}");
        double[][] lookahead = ravine("{\"name\": \"nesterov\", \"lr\": 0.02, \"nesterovForm\": \"lookahead\"}");

        // p_k = x_k + β·v_k with v_k = x_k − x_{k−1} (zero velocity at the start, so p_0 = x_0).
        assertThat(pytorch[0]).containsExactly(lookahead[0]);
        for (int k = 1; k < pytorch.length; k++) {
            for (int i = 0; i < 2; i++) {
                double expected = lookahead[k][i] + beta * (lookahead[k][i] - lookahead[k - 1][i]);
                assertClose(pytorch[k][i], expected, SAME_ITERATES, 1e-12, "p_" + k + "[" + i + "]");
            }
        }
    }

    @Test
    void newton_on_a_typed_rosenbrock_matches_the_landscape_with_its_closed_form_hessian() {
        double[][] typed = trajectory("""
                {"function": "(1-x)^2 + 100(y-x^2)^2", "start": [-1.2, 1], "optimizer": {"name": "newton", "lr": 1},
                 "steps": 10}""");
        double[][] landscape = trajectory("""
                {"landscape": "rosenbrock", "start": [-1.2, 1], "optimizer": {"name": "newton", "lr": 1},
                 "steps": 10}""");

        assertClose(typed, landscape, SAME_ITERATES, 1e-12, "typed vs closed-form Newton");
        // The minimiser of Rosenbrock is (1, 1); pure Newton steps reach it to rounding within 10 steps.
        assertClose(typed[10], new double[] {1, 1}, 0, 1e-9, "Newton's end point");
    }

    @Test
    void clipping_scales_a_long_gradient_to_the_clip_norm() {
        double[][] path = trajectory("""
                {"landscape": "bowl", "start": [-2, 3], "optimizer": {"name": "gd", "lr": 0.1}, "steps": 1,
                 "clipNorm": 1}""");

        // ∇f(−2, 3) = (2(x1 − 2), 2(x2 + 1)) = (−8, 8), norm 8√2 > 1: scaled by 1/(8√2 + 1e-6) as PyTorch does.
        double scale = 1 / (8 * Math.sqrt(2) + 1e-6);
        assertClose(path[1], new double[] {-2 + 0.1 * 8 * scale, 3 - 0.1 * 8 * scale}, 1e-15, 0, "clipped step");
    }

    @Test
    void a_distance_stop_on_a_landscape_measures_to_its_minimiser() {
        Reply reply = api.post("/api/v1/optimize", """
                {"landscape": "bowl", "start": [-2, 3], "optimizer": {"name": "gd", "lr": 0.3}, "steps": 30,
                 "stop": {"distanceBelow": 0.001}}""");

        // The GD error contracts by 1 − 2·0.3 = 0.4 per step from ‖(−4, 4)‖ = 4√2: first below 1e-3 at
        // the smallest k with 4√2·0.4^k < 1e-3.
        int expected = (int) Math.ceil(Math.log(1e-3 / (4 * Math.sqrt(2))) / Math.log(0.4));
        assertThat(reply.body().at("/stopped/reason").asString()).isEqualTo("distance");
        assertThat(reply.body().at("/stopped/step").asInt()).isEqualTo(expected);
        assertThat(reply.body().get("trajectory").size()).isEqualTo(expected + 1);
    }

    @Test
    void a_diverging_run_is_a_result_whose_infinite_loss_is_the_string_infinity() {
        Reply reply = api.post("/api/v1/optimize", """
                {"function": "x^2", "start": [1], "optimizer": {"name": "gd", "lr": 1e200}, "steps": 10}""");

        // x_1 = 1 − 1e200·2 ≈ −2e200, so f(x_1) = 4e400 overflows to +∞: diverged at step 1.
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().at("/stopped/reason").asString()).isEqualTo("diverged");
        assertThat(reply.body().at("/stopped/step").asInt()).isEqualTo(1);
        assertThat(reply.body().at("/losses/1").isString()).isTrue();
        assertThat(reply.body().at("/losses/1").asString()).isEqualTo("Infinity");
    }

    @Test
    void a_start_given_as_the_string_nan_is_accepted_and_diverges_at_once() {
        Reply reply = api.post("/api/v1/optimize", """
                {"landscape": "bowl", "start": ["NaN", 0], "optimizer": {"name": "adam", "lr": 0.1}}""");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().at("/stopped/reason").asString()).isEqualTo("diverged");
        assertThat(reply.body().at("/stopped/step").asInt()).isZero();
        assertThat(reply.body().at("/trajectory/0/0").asString()).isEqualTo("NaN");
        assertThat(reply.body().at("/losses/0").asString()).isEqualTo("NaN");
    }

    @Test
    void without_steps_the_budget_is_one_thousand() {
        Reply reply = api.post("/api/v1/optimize", """
                {"landscape": "rosenbrock", "start": [-0.5, 0.5], "optimizer": {"name": "gd", "lr": 0.0001}}""");

        assertThat(reply.body().at("/stopped/reason").asString()).isEqualTo("steps");
        assertThat(reply.body().at("/stopped/step").asInt()).isEqualTo(1000);
        assertThat(vector(reply.body().get("losses"))).hasSize(1001);
    }
}
