package org.gradientlab.courses;

import java.util.List;

/**
 * A request the courses module refuses: what kind of refusal (so the API can answer 404, 403 or 400), the message
 * key with its arguments, and the English text. It describes the request, not the program: no stack trace.
 */
public final class CoursesException extends RuntimeException {

    /** The kind of refusal. */
    public enum Kind {
        /** The named thing does not exist, or the actor may not know that it does. */
        NOT_FOUND,
        /** The actor may not do this. */
        ACCESS_DENIED,
        /** The request breaks a rule (attempts used up, a failing self-test, a taken username …). */
        REFUSED
    }

    private final Kind kind;
    private final CoursesMessage reason;
    private final List<Object> args;

    CoursesException(Kind kind, CoursesMessage reason, Object... args) {
        super(reason.text(args), null, false, false);
        this.kind = kind;
        this.reason = reason;
        this.args = List.of(args);
    }

    static CoursesException notFound(CoursesMessage reason, Object... args) {
        return new CoursesException(Kind.NOT_FOUND, reason, args);
    }

    static CoursesException denied(CoursesMessage reason, Object... args) {
        return new CoursesException(Kind.ACCESS_DENIED, reason, args);
    }

    static CoursesException refused(CoursesMessage reason, Object... args) {
        return new CoursesException(Kind.REFUSED, reason, args);
    }

    public Kind kind() {
        return kind;
    }

    public CoursesMessage reason() {
        return reason;
    }

    public List<Object> args() {
        return args;
    }
}
