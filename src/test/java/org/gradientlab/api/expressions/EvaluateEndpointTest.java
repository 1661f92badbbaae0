package org.gradientlab.api.expressions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradientlab.api.Close.assertClose;
import static org.gradientlab.reference.ReferenceData.inputs;
import static org.gradientlab.reference.ReferenceData.outputs;
import static org.gradientlab.reference.ReferenceData.vector;

import org.gradientlab.api.ApiClient;
import org.gradientlab.api.ApiClient.Reply;
import org.gradientlab.api.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/v1/evaluate}: the value and the gradient at a point, and how the expression was read. */
@ApiTest
class EvaluateEndpointTest {

    private final ApiClient api;

    EvaluateEndpointTest(@Autowired MockMvc mvc) {
        this.api = new ApiClient(mvc);
    }

    private Reply evaluate(String expression, String variables, String at) {
        return api.post("/api/v1/evaluate", """
                {"expression": "%s", "variables": %s, "at": %s}""".formatted(expression, variables, at));
    }

    @Test
    void value_and_gradient_of_a_polynomial_are_exact() {
        Reply reply = evaluate("x^2 + 3x y", "[\"x\", \"y\"]", "[2, 1]");

        // f = x² + 3xy at (2, 1): 4 + 6 = 10; ∇f = (2x + 3y, 3x) = (7, 6). Small integers: exact in doubles.
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("value").asDouble()).isEqualTo(10.0);
        assertThat(vector(reply.body().get("gradient"))).containsExactly(7.0, 6.0);
        assertThat(reply.body().get("text").asString()).isEqualTo("x^2 + 3*x*y");
        assertThat(reply.body().get("latex").asString()).isNotBlank();
    }

    @Test
    void the_gradient_follows_the_order_of_the_variables() {
        Reply reply = evaluate("x^2 + 3x y", "[\"y\", \"x\"]", "[1, 2]");

        assertThat(vector(reply.body().get("gradient"))).containsExactly(6.0, 7.0);
    }

    @Test
    void sin_of_x_squared_and_its_derivative_match_the_chain_rule_reference() {
        JsonNode rows = outputs("s000-chain-rule-sin-x2").get("rows");
        for (JsonNode row : rows) {
            Reply reply = evaluate("sin(x^2)", "[\"x\"]", "[" + row.get("x").asDouble() + "]");

            // Tolerance 1e-12 relative: the reference evaluates the same formulas (sin(x²), cos(x²)·2x) in doubles.
            assertClose(reply.body().get("value").asDouble(), row.get("h").asDouble(), 1e-12, 0, "h");
            assertClose(
                    reply.body().at("/gradient/0").asDouble(),
                    row.get("analytical").asDouble(),
                    1e-12,
                    0,
                    "h'");
        }
    }

    @Test
    void the_gradient_field_reference_point_is_reproduced() {
        assertThat(inputs("s000-gradient-field-f2d").get("f").asString()).isEqualTo("x1**2 + 2*x2**2");
        JsonNode expected = outputs("s000-gradient-field-f2d");
        Reply reply = evaluate("x1**2 + 2*x2**2", "[\"x1\", \"x2\"]", "[1, -1]");

        assertThat(reply.body().get("value").asDouble())
                .isEqualTo(expected.get("f_at_(1,-1)").asDouble());
        assertThat(vector(reply.body().get("gradient"))).containsExactly(vector(expected.get("grad_at_(1,-1)")));
    }

    @Test
    void non_finite_results_are_the_strings_of_the_contract() {
        Reply reply = evaluate("x/y", "[\"x\", \"y\"]", "[1, 0]");

        // x/y at (1, 0) = +∞; ∂/∂x = 1/y = +∞; ∂/∂y = −x/y² = −∞.
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("value").asString()).isEqualTo("Infinity");
        assertThat(reply.body().at("/gradient/0").asString()).isEqualTo("Infinity");
        assertThat(reply.body().at("/gradient/1").asString()).isEqualTo("-Infinity");
        assertThat(evaluate("log(x)", "[\"x\"]", "[-1]").body().get("value").asString())
                .isEqualTo("NaN");
    }

    @Test
    void non_finite_coordinates_are_accepted_as_strings() {
        Reply reply = evaluate("exp(-x)", "[\"x\"]", "[\"Infinity\"]");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("value").asDouble()).isZero();
    }

    @Test
    void a_constant_needs_no_variables() {
        Reply reply = evaluate("2 pi", "[]", "[]");

        assertThat(reply.body().get("value").asDouble()).isEqualTo(2 * Math.PI);
        assertThat(reply.body().get("gradient").isEmpty()).isTrue();
    }

    @Test
    void an_unreadable_expression_is_400_with_the_column() {
        Reply reply = evaluate("x + xy", "[\"x\", \"y\"]", "[1, 2]");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().at("/error/column").asInt()).isEqualTo(5);
        assertThat(reply.message()).contains("xy");
    }

    @Test
    void a_variable_that_is_not_declared_is_400_at_its_column() {
        Reply reply = evaluate("x + y", "[\"x\"]", "[1]");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().at("/error/column").asInt()).isEqualTo(5);
    }

    @Test
    void an_expression_over_the_length_limit_is_400() {
        Reply reply = evaluate("x+".repeat(1000) + "x", "[\"x\"]", "[1]");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.message()).contains("2000");
    }

    @Test
    void a_point_of_the_wrong_length_or_bad_variable_names_are_400() {
        assertThat(evaluate("x", "[\"x\", \"y\"]", "[1]").message()).contains("at");
        assertThat(evaluate("x", "[\"2x\"]", "[1]").message()).contains("2x");
        assertThat(evaluate("x", "[\"sin\"]", "[1]").message()).contains("sin");
        assertThat(evaluate("x", "[\"x\", \"x\"]", "[1, 1]").message()).contains("twice");
        assertThat(evaluate("x", "[\"x\"]", "[\"one\"]").message()).contains("at[0]");
        assertThat(api.post("/api/v1/evaluate", "{\"variables\": [\"x\"], \"at\": [1]}")
                        .message())
                .contains("expression");
    }
}
