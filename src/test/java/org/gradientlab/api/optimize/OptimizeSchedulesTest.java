package org.gradientlab.api.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradientlab.api.Close.assertClose;
import static org.gradientlab.reference.ReferenceData.matrix;

import java.util.function.IntToDoubleFunction;
import org.gradientlab.api.ApiClient;
import org.gradientlab.api.ApiClient.Reply;
import org.gradientlab.api.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each schedule and its parameters, read off a run of gradient descent on f(x) = x: the gradient is 1 everywhere,
 * so update k moves x by exactly −α_k and x_k − x_{k+1} is the learning rate the schedule gave. The expected rates
 * are the formulas of DESIGN §3 written out here. Tolerance 1e-12 absolute: x stays below 40 in magnitude, so each
 * difference carries a rounding error of about 40·2⁻⁵² ≈ 1e-14.
 */
@ApiTest
class OptimizeSchedulesTest {

    private static final int STEPS = 40;
    private static final double LR0 = 0.5;

    private final ApiClient api;

    OptimizeSchedulesTest(@Autowired MockMvc mvc) {
        this.api = new ApiClient(mvc);
    }

    private void assertRates(String schedule, IntToDoubleFunction expected) {
        Reply reply = api.post("/api/v1/optimize", """
                {"function": "x", "start": [0], "optimizer": {"name": "gd", "lr": %s}, "schedule": %s, "steps": %d}""".formatted(LR0, schedule, STEPS));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        double[][] x = matrix(reply.body().get("trajectory"));
        assertThat(x.length).isEqualTo(STEPS + 1);
        for (int k = 0; k < STEPS; k++) {
            assertClose(x[k][0] - x[k + 1][0], expected.applyAsDouble(k), 0, 1e-12, schedule + " at k = " + k);
        }
    }

    private static double halfCosine(double t, double period) {
        return LR0 * 0.5 * (1 + Math.cos(Math.PI * t / period));
    }

    @Test
    void constant_is_the_default_and_keeps_lr0() {
        assertRates("null", k -> LR0);
        assertRates("{\"name\": \"constant\"}", k -> LR0);
    }

    @Test
    void step_multiplies_by_gamma_every_so_many_updates() {
        assertRates("{\"name\": \"step\", \"gamma\": 0.5, \"every\": 7}", k -> LR0 * Math.pow(0.5, k / 7));
    }

    @Test
    void step_gamma_defaults_to_one_tenth_as_in_pytorch() {
        assertRates("{\"name\": \"step\", \"every\": 10}", k -> LR0 * Math.pow(0.1, k / 10));
    }

    @Test
    void exponential_multiplies_by_decay_every_update() {
        assertRates("{\"name\": \"exponential\", \"decay\": 0.9}", k -> LR0 * Math.pow(0.9, k));
    }

    @Test
    void cosine_anneals_to_zero_over_the_period_and_stays_there() {
        assertRates("{\"name\": \"cosine\", \"period\": 25}", k -> k < 25 ? halfCosine(k, 25) : 0);
    }

    @Test
    void cosine_restarts_lengthen_each_period_by_the_multiplier() {
        // Periods 4, 8, 16, … start at k = 0, 4, 12, 28.
        assertRates("{\"name\": \"cosine-restarts\", \"period\": 4, \"mult\": 2}", k -> {
            if (k < 4) {
                return halfCosine(k, 4);
            }
            if (k < 12) {
                return halfCosine(k - 4, 8);
            }
            return k < 28 ? halfCosine(k - 12, 16) : halfCosine(k - 28, 32);
        });
    }

    @Test
    void cosine_restarts_repeat_the_same_period_by_default() {
        assertRates("{\"name\": \"cosine-restarts\", \"period\": 6}", k -> halfCosine(k % 6, 6));
    }

    @Test
    void warmup_cosine_ramps_up_from_zero_then_anneals_to_zero_at_the_period_which_counts_the_warmup() {
        assertRates("{\"name\": \"warmup-cosine\", \"warmup\": 5, \"period\": 30}", k -> {
            if (k < 5) {
                return LR0 * k / 5;
            }
            return k < 30 ? halfCosine(k - 5, 25) : 0;
        });
    }
}
