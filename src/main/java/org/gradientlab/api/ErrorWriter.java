package org.gradientlab.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Writes the error shape from a servlet filter, where Spring MVC's exception handling does not reach. */
final class ErrorWriter {

    private ErrorWriter() {}

    static void write(HttpServletResponse response, ApiJson json, HttpStatus status, String message)
            throws IOException {
        byte[] body = json.write(ApiError.of(message));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
