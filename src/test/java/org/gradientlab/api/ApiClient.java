package org.gradientlab.api;

import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Calls the API through MockMvc and reads the answer as a JSON tree. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc;

    public ApiClient(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** An HTTP status and the body read as JSON (null when the body is not JSON). */
    public record Reply(int status, JsonNode body, String text, MockHttpServletResponse response) {

        /** The error message of an error reply. */
        public String message() {
            return body.path("error").path("message").asString();
        }
    }

    public Reply post(String path, String body) {
        return perform(MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    public Reply post(String path, JsonNode body) {
        return post(path, JSON.writeValueAsString(body));
    }

    public Reply get(String path) {
        return perform(MockMvcRequestBuilders.get(path));
    }

    public Reply perform(MockHttpServletRequestBuilder request) {
        try {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            String text = response.getContentAsString(StandardCharsets.UTF_8);
            JsonNode body;
            try {
                body = text.isEmpty() ? null : JSON.readTree(text);
            } catch (RuntimeException notJson) {
                body = null;
            }
            return new Reply(response.getStatus(), body, text, response);
        } catch (Exception e) {
            throw new AssertionError("the request could not be performed", e);
        }
    }

    /** A fresh JSON object to build a request body. */
    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** Parses JSON text. */
    public static JsonNode parse(String text) {
        return JSON.readTree(text);
    }
}
