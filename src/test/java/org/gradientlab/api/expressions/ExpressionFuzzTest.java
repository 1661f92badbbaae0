package org.gradientlab.api.expressions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradientlab.api.RandomBodies.expression;
import static org.gradientlab.api.RandomBodies.number;
import static org.gradientlab.api.RandomBodies.pick;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.gradientlab.api.ApiClient;
import org.gradientlab.api.ApiTest;
import org.gradientlab.api.FuzzAssertions;
import org.gradientlab.api.RandomBodies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 1,000 random, malformed and half-right bodies per endpoint (seed 20261123): none makes the server fail, every
 * refusal is in the error shape, and enough are well-formed that the engine itself is exercised.
 */
@ApiTest
class ExpressionFuzzTest {

    private static final long SEED = 20261123L;
    private static final int BODIES = 1000;

    /** Readable expressions by their variables, including ones undefined or infinite at some points. */
    private static final Map<List<String>, List<String>> EXPRESSIONS = Map.of(
            List.of(), List.of("2 pi", "e^2", "sqrt(-1)", "1/0"),
            List.of("x"),
                    List.of(
                            "x^3 - 2x + 1",
                            "sin(x^2)",
                            "log(x)",
                            "sqrt(x)",
                            "relu(x) + abs(x)",
                            "1/x",
                            "exp(x)^2",
                            "x^0.5",
                            "sign(x) step(x)",
                            "tan(x)"),
            List.of("x", "y"), List.of("x^2 + 10y^2", "x/y", "sin(x) y", "tanh(x y)", "x^y", "(1-x)^2 + 100(y-x^2)^2"),
            List.of("x1", "x2"), List.of("x1^2 + x1 x2", "sigmoid(x1 - x2)", "ln(x1) + x2³"));

    private final ApiClient api;

    ExpressionFuzzTest(@Autowired MockMvc mvc) {
        this.api = new ApiClient(mvc);
    }

    private static Map<String, Object> evaluateBody(SplittableRandom r) {
        List<List<String>> choices = new ArrayList<>(EXPRESSIONS.keySet());
        choices.sort((a, b) ->
                a.size() != b.size() ? a.size() - b.size() : a.toString().compareTo(b.toString()));
        List<String> variables = choices.get(r.nextInt(choices.size()));
        List<String> readable = EXPRESSIONS.get(variables);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("expression", r.nextInt(4) == 0 ? expression(r) : readable.get(r.nextInt(readable.size())));
        body.put("variables", variables);
        List<Object> at = new ArrayList<>();
        variables.forEach(v -> at.add(number(r)));
        body.put("at", at);
        return body;
    }

    private static Map<String, Object> differentiateBody(SplittableRandom r) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "expression",
                r.nextInt(4) == 0
                        ? expression(r)
                        : pick(r, "sin(x^2)", "x^3 y", "exp(-x)", "x^x", "relu(x) abs(y)", "w^2", "log(1 + x^2)"));
        body.put("variable", pick(r, "x", "x", "y", "w", "t", "e", "pi", "sin", "2x", "", "a_b"));
        return body;
    }

    private int fuzz(String path, Function<SplittableRandom, Map<String, Object>> plausible) {
        RandomBodies bodies = new RandomBodies(new SplittableRandom(SEED), plausible);
        int successes = 0;
        for (int i = 0; i < BODIES; i++) {
            String body = bodies.next();
            if (FuzzAssertions.assertWellFormed(api.post(path, body), path + " " + body)) {
                successes++;
            }
        }
        return successes;
    }

    @Test
    void evaluate_survives_random_bodies() {
        assertThat(fuzz("/api/v1/evaluate", ExpressionFuzzTest::evaluateBody))
                .as("successful evaluations")
                .isGreaterThan(BODIES / 5);
    }

    @Test
    void differentiate_survives_random_bodies() {
        assertThat(fuzz("/api/v1/differentiate", ExpressionFuzzTest::differentiateBody))
                .as("successful derivatives")
                .isGreaterThan(BODIES / 10);
    }

    @Test
    void any_point_gives_a_number_or_one_of_the_non_finite_strings() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < 200; i++) {
            Object x = number(random);
            String at = x instanceof String text ? "\"" + text + "\"" : String.valueOf(x);
            String body = "{\"expression\": \"x^3 - 2x + 1\", \"variables\": [\"x\"], \"at\": [" + at + "]}";
            ApiClient.Reply reply = api.post("/api/v1/evaluate", body);

            assertThat(reply.status()).as(body).isEqualTo(200);
            assertThat(reply.body().get("value").isNumber()
                            || reply.body().get("value").asString().matches("NaN|Infinity|-Infinity"))
                    .as(reply.text())
                    .isTrue();
        }
    }
}
