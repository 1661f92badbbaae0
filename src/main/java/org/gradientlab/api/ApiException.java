package org.gradientlab.api;

import java.util.OptionalInt;
import org.springframework.http.HttpStatus;

/**
 * A request the API refuses: the HTTP status and the message of the error body
 * {@code {"error": {"message", "column"?}}}, with the 1-based column in the expression when an expression could
 * not be read. It describes the input, not the program, so it carries no stack trace.
 */
public final class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final int column;

    private ApiException(HttpStatus status, String message, int column) {
        super(message, null, false, false);
        this.status = status;
        this.column = column;
    }

    /** 400: the request is malformed or asks for something impossible. */
    public static ApiException badRequest(String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, message, 0);
    }

    /** 400 for an expression that cannot be read, at this 1-based column of the expression. */
    public static ApiException badExpression(String message, int column) {
        return new ApiException(HttpStatus.BAD_REQUEST, message, column);
    }

    /** 404: the named resource does not exist. */
    public static ApiException notFound(String message) {
        return new ApiException(HttpStatus.NOT_FOUND, message, 0);
    }

    /** 401: the request needs a signed-in user. */
    public static ApiException unauthorized(String message) {
        return new ApiException(HttpStatus.UNAUTHORIZED, message, 0);
    }

    /** 403: the signed-in user may not do this. */
    public static ApiException forbidden(String message) {
        return new ApiException(HttpStatus.FORBIDDEN, message, 0);
    }

    public HttpStatus status() {
        return status;
    }

    /** The 1-based column in the expression, when the error is about an expression. */
    public OptionalInt column() {
        return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
    }
}
