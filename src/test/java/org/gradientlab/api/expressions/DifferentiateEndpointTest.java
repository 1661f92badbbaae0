package org.gradientlab.api.expressions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradientlab.api.Close.assertClose;
import static org.gradientlab.reference.ReferenceData.outputs;

import org.gradientlab.api.ApiClient;
import org.gradientlab.api.ApiClient.Reply;
import org.gradientlab.api.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/differentiate}: the derivative's text is checked by evaluating it through
 * {@code /api/v1/evaluate} and comparing with the calculus-book derivative at several points.
 */
@ApiTest
class DifferentiateEndpointTest {

    private final ApiClient api;

    DifferentiateEndpointTest(@Autowired MockMvc mvc) {
        this.api = new ApiClient(mvc);
    }

    private JsonNode derivative(String expression, String variable) {
        Reply reply = api.post("/api/v1/differentiate", """
                {"expression": "%s", "variable": "%s"}""".formatted(expression, variable));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.body().propertyNames()).containsExactly("derivative");
        return reply.body().get("derivative");
    }

    private double evaluate(String text, String variables, String at) {
        Reply reply = api.post("/api/v1/evaluate", """
                {"expression": "%s", "variables": %s, "at": %s}""".formatted(text, variables, at));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.body().get("value").asDouble();
    }

    @Test
    void the_derivative_of_sin_x_squared_is_the_chain_rule_reference() {
        JsonNode derivative = derivative("sin(x^2)", "x");

        assertThat(derivative.get("latex").asString()).contains("\\cos");
        for (JsonNode row : outputs("s000-chain-rule-sin-x2").get("rows")) {
            double value = evaluate(
                    derivative.get("text").asString(),
                    "[\"x\"]",
                    "[" + row.get("x").asDouble() + "]");
            // 1e-12 relative: the same products of cos(x²) and 2x, possibly in another order.
            assertClose(value, row.get("analytical").asDouble(), 1e-12, 0, "h'(" + row.get("x") + ")");
        }
    }

    @Test
    void a_partial_derivative_holds_the_other_variables_constant() {
        String text = derivative("x^2 y + y^3", "y").get("text").asString();

        // ∂/∂y (x²y + y³) = x² + 3y².
        for (double[] p : new double[][] {{1, 2}, {-3, 0.5}, {0.25, -4}}) {
            double value = evaluate(text, "[\"x\", \"y\"]", "[" + p[0] + ", " + p[1] + "]");
            assertClose(value, p[0] * p[0] + 3 * p[1] * p[1], 1e-14, 0, "at (" + p[0] + ", " + p[1] + ")");
        }
    }

    @Test
    void a_variable_outside_the_defaults_can_be_named() {
        String text = derivative("w^3 + 3w", "w").get("text").asString();

        // d/dw (w³ + 3w) = 3w² + 3; at w = 1.5: 9.75.
        assertThat(evaluate(text, "[\"w\"]", "[1.5]")).isEqualTo(9.75);
    }

    @Test
    void the_derivative_by_an_absent_variable_is_zero() {
        assertThat(derivative("x^2", "y").get("text").asString()).isEqualTo("0");
    }

    @Test
    void bad_requests_are_400_naming_the_problem() {
        Reply unreadable = api.post("/api/v1/differentiate", "{\"expression\": \"sin(x\", \"variable\": \"x\"}");
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.body().at("/error/column").asInt()).isEqualTo(6);

        Reply noVariable = api.post("/api/v1/differentiate", "{\"expression\": \"x^2\"}");
        assertThat(noVariable.status()).isEqualTo(400);
        assertThat(noVariable.message()).contains("variable");

        Reply functionName = api.post("/api/v1/differentiate", "{\"expression\": \"x\", \"variable\": \"sin\"}");
        assertThat(functionName.status()).isEqualTo(400);
        assertThat(functionName.message()).contains("sin");
    }
}
