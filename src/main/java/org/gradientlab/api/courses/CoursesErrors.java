package org.gradientlab.api.courses;

import org.gradientlab.api.ApiException;
import org.gradientlab.courses.CoursesException;

/** The courses module's refusals as API errors: not found 404, access denied and broken rules 403. */
final class CoursesErrors {

    private CoursesErrors() {}

    static ApiException of(CoursesException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> ApiException.notFound(e.getMessage());
            case ACCESS_DENIED, REFUSED -> ApiException.forbidden(e.getMessage());
        };
    }

    /** An id from the URL or the body; one that is not a number names nothing. */
    static long id(String text, String what) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw ApiException.notFound("There is no " + what + " '" + text + "'.");
        }
    }
}
