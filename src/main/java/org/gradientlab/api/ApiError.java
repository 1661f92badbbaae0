package org.gradientlab.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of every error answer: {@code {"error": {"message", "column"?}}}. */
record ApiError(Detail error) {

    /** The message, and the 1-based column in the expression for expression errors. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Detail(String message, Integer column) {}

    static ApiError of(String message) {
        return new ApiError(new Detail(message, null));
    }

    static ApiError of(ApiException e) {
        return new ApiError(
                new Detail(e.getMessage(), e.column().isPresent() ? e.column().getAsInt() : null));
    }
}
