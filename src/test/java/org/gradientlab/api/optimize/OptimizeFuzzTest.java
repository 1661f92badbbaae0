package org.gradientlab.api.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradientlab.api.RandomBodies.pick;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.gradientlab.api.ApiClient;
import org.gradientlab.api.ApiTest;
import org.gradientlab.api.FuzzAssertions;
import org.gradientlab.api.RandomBodies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 1,000 random, malformed and half-right optimize requests (seed 20261123): any optimizer, form, schedule, stop rule
 * and hyperparameter, valid or not, on landscapes and typed functions. None makes the server fail; a run that
 * cannot be described is a 400.
 */
@ApiTest
class OptimizeFuzzTest {

    private static final long SEED = 20261123L;
    private static final int BODIES = 1000;

    private final ApiClient api;

    OptimizeFuzzTest(@Autowired MockMvc mvc) {
        this.api = new ApiClient(mvc);
    }

    /** Each optimizer's own hyperparameters, with values that are mostly valid. */
    private static final Map<String, List<String>> HYPERPARAMETERS = Map.ofEntries(
            Map.entry("gd", List.of()),
            Map.entry("momentum", List.of("beta", "momentumForm")),
            Map.entry("nesterov", List.of("beta", "nesterovForm")),
            Map.entry("adagrad", List.of("eps")),
            Map.entry("rmsprop", List.of("rho", "eps")),
            Map.entry("adam", List.of("beta1", "beta2", "eps")),
            Map.entry("amsgrad", List.of("beta1", "beta2", "eps")),
            Map.entry("adamw", List.of("beta1", "beta2", "eps", "weightDecay")),
            Map.entry("adam-l2", List.of("beta1", "beta2", "eps", "weightDecay")),
            Map.entry("newton", List.of()),
            Map.entry("lbfgs", List.of("memory")));

    private static Object hyperparameter(SplittableRandom r, String name) {
        return switch (name) {
            case "momentumForm" -> pick(r, "velocity", "heavy-ball", "ema", "nag");
            case "nesterovForm" -> pick(r, "pytorch", "lookahead", "sutskever");
            case "memory" -> pick(r, 1, 5, 10, 100, 0, 101, Integer.MAX_VALUE);
            case "eps" -> pick(r, 1e-8, 1e-10, 0.0, 1.0, -1e-8);
            default -> pick(r, 0.0, 0.5, 0.9, 0.99, 0.999, 1.0, -0.1, 2.0, "NaN");
        };
    }

    private static Map<String, Object> optimizer(SplittableRandom r) {
        String name = r.nextInt(20) == 0
                ? pick(r, "sgd", "", "Adam")
                : pick(r, HYPERPARAMETERS.keySet().toArray(String[]::new));
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("name", name);
        o.put(
                "lr",
                r.nextInt(10) == 0
                        ? pick(r, 0.0, -1.0, 1e300, "NaN", "Infinity")
                        : pick(r, 0.001, 0.01, 0.05, 0.1, 0.5, 1.0));
        for (String h : HYPERPARAMETERS.getOrDefault(name, List.of())) {
            if (r.nextInt(3) == 0) {
                o.put(h, hyperparameter(r, h));
            }
        }
        if (r.nextInt(15) == 0) {
            o.put(pick(r, "beta", "rho", "memory", "weightDecay"), hyperparameter(r, "beta"));
        }
        return o;
    }

    private static Map<String, Object> schedule(SplittableRandom r) {
        Map<String, Object> s = new LinkedHashMap<>();
        String name =
                pick(r, "constant", "step", "exponential", "cosine", "cosine-restarts", "warmup-cosine", "linear");
        s.put("name", name);
        switch (name) {
            case "step" -> {
                s.put("every", pick(r, 1, 5, 50, 0, Integer.MAX_VALUE));
                if (r.nextBoolean()) {
                    s.put("gamma", pick(r, 0.1, 0.5, 2.0, 0.0, -1.0));
                }
            }
            case "exponential" -> s.put("decay", pick(r, 0.9, 0.99, 1.01, 0.0, -0.5));
            case "cosine" -> s.put("period", pick(r, 1, 10, 100, 0, Integer.MAX_VALUE));
            case "cosine-restarts" -> {
                s.put("period", pick(r, 1, 10, 100, 0, Integer.MAX_VALUE));
                if (r.nextBoolean()) {
                    s.put("mult", pick(r, 1, 2, 3, 0, Integer.MAX_VALUE));
                }
            }
            case "warmup-cosine" -> {
                s.put("warmup", pick(r, 0, 5, 50, -1));
                s.put("period", pick(r, 1, 10, 100, 0, 5));
            }
            default -> {}
        }
        return s;
    }

    private static Map<String, Object> stop(SplittableRandom r, int dimension) {
        Map<String, Object> s = new LinkedHashMap<>();
        if (r.nextBoolean()) {
            s.put("fBelow", pick(r, 0.01, 1e-8, -1.0, 100.0, "NaN", "-Infinity"));
        }
        if (r.nextBoolean()) {
            s.put("distanceBelow", pick(r, 0.1, 1e-3, 0.0, -1.0, "Infinity"));
            if (r.nextBoolean()) {
                s.put("minimiser", points(r, r.nextInt(8) == 0 ? dimension + 1 : dimension));
            }
        }
        return s;
    }

    private static List<Object> points(SplittableRandom r, int dimension) {
        List<Object> point = new java.util.ArrayList<>();
        for (int i = 0; i < dimension; i++) {
            point.add(r.nextInt(12) == 0 ? RandomBodies.number(r) : pick(r, -2.0, -0.5, 0.0, 0.5, 1.0, 3.0));
        }
        return point;
    }

    private static Map<String, Object> plausible(SplittableRandom r) {
        Map<String, Object> body = new LinkedHashMap<>();
        int dimension;
        if (r.nextBoolean()) {
            String landscape =
                    pick(r, "bowl", "ravine", "rosenbrock", "elliptic-bowl", "double-well", "cubic", "nowhere");
            body.put("landscape", landscape);
            dimension = landscape.contains("well") || landscape.equals("cubic") ? 1 : 2;
        } else {
            int kind = r.nextInt(4);
            body.put(
                    "function",
                    kind == 0
                            ? RandomBodies.expression(r)
                            : pick(r, "x^2 + 10y^2", "(1-x)^2 + 100(y-x^2)^2", "exp(x) + y^2", "x/y", "relu(x) + y^4"));
            if (r.nextBoolean()) {
                body.put("variables", List.of("x", "y"));
            }
            dimension = 2;
        }
        body.put("start", points(r, r.nextInt(10) == 0 ? dimension + 1 : dimension));
        body.put("optimizer", optimizer(r));
        if (r.nextBoolean()) {
            body.put("schedule", schedule(r));
        }
        // Mostly short runs, so the test stays quick; the full budget and beyond appear now and then.
        body.put("steps", r.nextInt(200) == 0 ? 100_000 : pick(r, 0, 1, 3, 20, 200, 2000, -1, 100_001));
        if (r.nextBoolean()) {
            body.put("stop", stop(r, dimension));
        }
        if (r.nextInt(4) == 0) {
            body.put("clipNorm", pick(r, 1.0, 0.1, 0.0, -1.0, "Infinity"));
        }
        return body;
    }

    @Test
    void optimize_survives_random_requests() {
        RandomBodies bodies = new RandomBodies(new SplittableRandom(SEED), OptimizeFuzzTest::plausible);
        int runs = 0;
        for (int i = 0; i < BODIES; i++) {
            String body = bodies.next();
            ApiClient.Reply reply = api.post("/api/v1/optimize", body);
            if (FuzzAssertions.assertWellFormed(reply, body)) {
                runs++;
                int step = reply.body().at("/stopped/step").asInt();
                assertThat(reply.body().get("trajectory").size()).as(body).isEqualTo(step + 1);
                assertThat(reply.body().get("losses").size()).as(body).isEqualTo(step + 1);
            }
        }
        assertThat(runs).as("requests that ran").isGreaterThan(BODIES / 20);
    }
}
