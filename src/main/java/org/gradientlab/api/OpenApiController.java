package org.gradientlab.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the OpenAPI 3 document of the API, written by hand next to this class ({@code openapi.json}) so that it
 * states the contract's names, defaults and limits exactly; a test checks it against the endpoints.
 */
@RestController
class OpenApiController {

    static final String PATH = "/api/v1/openapi.json";

    private final byte[] document = load();

    @GetMapping(PATH)
    ResponseEntity<byte[]> document() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(document);
    }

    private static byte[] load() {
        try (InputStream in = OpenApiController.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing beside " + OpenApiController.class.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
