package org.gradientlab.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.gradientlab.api.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Every refusal is {@code {"error": {"message", "column"?}}} with a 4xx status: malformed JSON, wrong types, unknown
 * fields, oversize bodies, unknown endpoints and wrong methods. None is a 500.
 */
@ApiTest
class ErrorShapeTest {

    static final List<String> POST_ENDPOINTS = List.of(
            "/api/v1/evaluate", "/api/v1/differentiate", "/api/v1/optimize", "/api/v1/exercises/chain-rule/check");

    private final ApiClient api;

    ErrorShapeTest(@Autowired MockMvc mvc) {
        this.api = new ApiClient(mvc);
    }

    static void assertErrorShape(Reply reply) {
        assertThat(reply.body()).as(reply.text()).isNotNull();
        assertThat(reply.body().propertyNames()).containsExactly("error");
        assertThat(reply.body().get("error").propertyNames()).isSubsetOf("message", "column");
        assertThat(reply.message()).isNotBlank();
    }

    static Stream<Arguments> malformed() {
        List<String> bodies = List.of(
                "",
                "   ",
                "{",
                "}",
                "nonsense",
                "null",
                "[]",
                "42",
                "\"text\"",
                "{\"expression\": }",
                "{\"expression\": \"x\"} trailing",
                "{\"expression\": \"x\", \"expression\": \"y\"}",
                "{'expression': 'x'}",
                "{\"expression\": NaN}",
                "[".repeat(5000) + "]".repeat(5000),
                "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
                "\u0000\u0001\u0002",
                "{\"\uD800\": 1}");
        return POST_ENDPOINTS.stream().flatMap(path -> bodies.stream().map(body -> Arguments.of(path, body)));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void a_malformed_body_is_400_in_the_error_shape(String path, String body) {
        Reply reply = api.post(path, body);

        assertThat(reply.status()).as(body).isEqualTo(400);
        assertErrorShape(reply);
    }

    @Test
    void a_wrong_type_names_the_field_and_what_it_must_be() {
        Reply reply = api.post(
                "/api/v1/optimize",
                "{\"landscape\": \"bowl\", \"start\": [0, 0], " + "\"optimizer\": {\"name\": \"gd\", \"lr\": [0.1]}}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.message()).contains("optimizer.lr").contains("number");
    }

    @Test
    void a_number_written_as_text_is_refused_but_the_non_finite_strings_are_numbers() {
        String body = "{\"expression\": \"x\", \"variables\": [\"x\"], \"at\": [%s]}";

        assertThat(api.post("/api/v1/evaluate", body.formatted("\"1.5\"")).status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/evaluate", body.formatted("\"-Infinity\""))
                        .body()
                        .get("value")
                        .asString())
                .isEqualTo("-Infinity");
    }

    @Test
    void huge_numbers_do_not_break_anything() {
        Reply overflow =
                api.post("/api/v1/evaluate", "{\"expression\": \"x\", \"variables\": [\"x\"], \"at\": [1e999]}");
        assertThat(overflow.status()).isEqualTo(200);
        assertThat(overflow.body().get("value").asString()).isEqualTo("Infinity");

        Reply longNumber = api.post(
                "/api/v1/evaluate",
                "{\"expression\": \"x\", \"variables\": [\"x\"], \"at\": [" + "9".repeat(5000) + "]}");
        assertThat(longNumber.status()).isEqualTo(400);
        assertErrorShape(longNumber);
    }

    @Test
    void a_body_over_the_size_limit_is_400_before_it_is_read() {
        String padding = " ".repeat(ApiTest.MAX_BYTES);
        Reply reply = api.post("/api/v1/evaluate", "{\"expression\": \"x\"" + padding + "}");

        assertThat(reply.status()).isEqualTo(400);
        assertErrorShape(reply);
        assertThat(reply.message()).contains(Integer.toString(ApiTest.MAX_BYTES));
    }

    @Test
    void a_body_at_the_size_limit_is_read() {
        String prefix = "{\"expression\": \"x\", \"variables\": [\"x\"], \"at\": [3]";
        String body = prefix + " ".repeat(ApiTest.MAX_BYTES - prefix.length() - 1) + "}";

        assertThat(body.length()).isEqualTo(ApiTest.MAX_BYTES);
        assertThat(api.post("/api/v1/evaluate", body).status()).isEqualTo(200);
    }

    @Test
    void an_unknown_endpoint_is_404_in_the_error_shape() {
        for (String path : List.of("/api/v1/nothing", "/api/v2/evaluate", "/api/v1/exercises/chain-rule/solution")) {
            Reply reply = api.get(path);

            assertThat(reply.status()).as(path).isEqualTo(404);
            assertErrorShape(reply);
        }
    }

    @Test
    void a_wrong_method_is_405_with_allow() {
        Reply get = api.get("/api/v1/optimize");
        assertThat(get.status()).isEqualTo(405);
        assertThat(get.response().getHeader(HttpHeaders.ALLOW)).isEqualTo("POST");
        assertErrorShape(get);

        Reply post =
                api.perform(MockMvcRequestBuilders.post("/api/v1/exercises").content("{}"));
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.response().getHeader(HttpHeaders.ALLOW)).isEqualTo("GET");
    }

    @Test
    void a_client_that_accepts_only_html_gets_406_in_json_and_a_browser_gets_json() {
        Reply htmlOnly =
                api.perform(MockMvcRequestBuilders.get("/api/v1/exercises").accept("text/html"));
        assertThat(htmlOnly.status()).isEqualTo(406);
        assertErrorShape(htmlOnly);

        Reply browser = api.perform(MockMvcRequestBuilders.get("/api/v1/exercises")
                .header(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
        assertThat(browser.status()).isEqualTo(200);
        assertThat(browser.response().getContentType()).startsWith("application/json");

        Reply document =
                api.perform(MockMvcRequestBuilders.get("/api/v1/openapi.json").accept("text/html"));
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body().get("openapi").asString()).startsWith("3.");
    }

    @Test
    void a_body_without_a_json_content_type_is_still_read_as_json() {
        Reply reply = api.perform(MockMvcRequestBuilders.post("/api/v1/evaluate")
                .content("{\"expression\": \"x + 1\", \"variables\": [\"x\"], \"at\": [1]}"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("value").asDouble()).isEqualTo(2.0);
    }
}
