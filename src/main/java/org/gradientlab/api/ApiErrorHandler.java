package org.gradientlab.api;

import org.gradientlab.courses.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns every failure of an API endpoint into the error shape {@code {"error": {"message", "column"?}}}. Bad input
 * is a 4xx with a message that says what to change; anything else is a fault of ours, logged, and answered with
 * 500 in the same shape, without internals. An unreachable database is 503 (with Retry-After), logged in one
 * line. Errors are JSON whatever the request's {@code Accept} says, so that writing them can never fail.
 */
@RestControllerAdvice(basePackageClasses = ApiErrorHandler.class)
class ApiErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrorHandler.class);

    static final String UNAVAILABLE = "The database is temporarily unavailable; try again in a moment.";
    static final String RETRY_AFTER_SECONDS = "5";

    private final DatabaseOutage outages;

    ApiErrorHandler(DatabaseOutage outages) {
        this.outages = outages;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiError> refused(ApiException e) {
        return answer(e.status(), ApiError.of(e));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> badParameter(MethodArgumentTypeMismatchException e) {
        return badRequest("The parameter '" + e.getName() + "' must be a whole number.");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return badRequest("The request body cannot be read.");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return answer(HttpStatus.NOT_ACCEPTABLE, ApiError.of("The API answers only with application/json."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> fault(Exception e) {
        if (outages.explains(e)) {
            logOutage(e);
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(ApiError.of(UNAVAILABLE));
        }
        LOG.error("API request failed", e);
        return answer(
                HttpStatus.INTERNAL_SERVER_ERROR,
                ApiError.of("The server failed to answer this request; it has been logged."));
    }

    /** An outage is expected operation, not a fault of ours: one line, with the cause but no stack trace. */
    static void logOutage(Exception e) {
        LOG.warn("API request answered 503, the database is unavailable: {}", DatabaseOutage.summary(e));
    }

    private static ResponseEntity<ApiError> badRequest(String message) {
        return answer(HttpStatus.BAD_REQUEST, ApiError.of(message));
    }

    /** The error with its content type set, so that it is written as JSON without content negotiation. */
    static ResponseEntity<ApiError> answer(HttpStatus status, ApiError error) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(error);
    }
}
