package org.gradientlab.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The API answers over real HTTP in the running application, beside the Vaadin servlet that serves the site, with
 * the filters registered in the servlet container.
 */
@ApiTest
class ServerTest {

    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    @Test
    void evaluate_answers_json_over_http() throws Exception {
        HttpResponse<String> response = send(to("/api/v1/evaluate")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"expression\": \"x^2\", \"variables\": [\"x\"], \"at\": [3]}")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode body = ApiClient.parse(response.body());
        assertThat(body.get("value").asDouble()).isEqualTo(9.0);
        assertThat(body.at("/gradient/0").asDouble()).isEqualTo(6.0);
    }

    @Test
    void an_unknown_api_path_is_json_not_a_site_page() throws Exception {
        HttpResponse<String> response = send(to("/api/v1/no-such-endpoint").GET());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(ApiClient.parse(response.body()).at("/error/message").asString())
                .contains("no-such-endpoint");
    }

    @Test
    void a_chunked_body_over_the_limit_is_refused_without_a_content_length() throws Exception {
        byte[] big = ("{\"expression\": \"x\"" + " ".repeat(ApiTest.MAX_BYTES) + "}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = send(to("/api/v1/evaluate")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiClient.parse(response.body()).at("/error/message").asString())
                .contains("larger than the limit");
    }

    @Test
    void the_openapi_document_is_served() throws Exception {
        HttpResponse<String> response = send(to("/api/v1/openapi.json").GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ApiClient.parse(response.body()).get("openapi").asString()).startsWith("3.");
    }
}
