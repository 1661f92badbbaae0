package org.gradientlab.courses;

/** Why the courses module refused a request: a stable key for the UI and tests, with English text. */
public enum CoursesMessage {
    UNKNOWN_USER("courses.unknown-user", "There is no user '%s'."),
    UNKNOWN_COURSE("courses.unknown-course", "There is no course %s."),
    UNKNOWN_JOIN_CODE("courses.unknown-join-code", "No course has the join code '%s'."),
    UNKNOWN_ASSIGNMENT("courses.unknown-assignment", "There is no assignment %s."),
    UNKNOWN_EXERCISE("courses.unknown-exercise", "The exercise '%s' is not part of this assignment."),
    NOT_IN_CATALOGUE("courses.not-in-catalogue", "There is no exercise '%s' in the catalogue."),
    NOT_A_MEMBER("courses.not-a-member", "You are not a member of this course."),
    NOT_TEACHING("courses.not-teaching", "Only the course's instructors and teaching assistants may do this."),
    NOT_INSTRUCTOR("courses.not-instructor", "Only the course's instructors may do this."),
    NOT_ENROLLED("courses.not-enrolled", "Only students enrolled in the course may submit attempts."),
    NOT_ADMIN("courses.not-admin", "Only an administrator may do this."),
    NOT_YOURS("courses.not-yours", "You may see only your own attempts."),
    MAY_NOT_RESET("courses.may-not-reset", "You may not reset the password of '%s'."),
    NOT_PUBLISHED("courses.not-published", "This assignment is not published yet."),
    NO_ATTEMPTS_LEFT("courses.no-attempts-left", "All %s attempts at this exercise are used."),
    SUBMITTED_AT_ONCE(
            "courses.submitted-at-once",
            "Other attempts at this exercise were being saved at the same moment; submit again."),
    NO_MORE_HINTS("courses.no-more-hints", "Every hint of this exercise is already shown."),
    USERNAME_TAKEN("courses.username-taken", "The username '%s' is taken."),
    BAD_USERNAME("courses.bad-username", "A username has 3 to 64 letters, digits, dots, dashes or underscores."),
    WEAK_PASSWORD("courses.weak-password", "A password needs at least %s characters."),
    BAD_SETTINGS("courses.bad-settings", "%s"),
    BAD_OVERRIDES("courses.bad-overrides", "The parameters of '%s' cannot be used: %s"),
    SELF_TEST_FAILED("courses.self-test-failed", "Variant %s of '%s' failed its self-test (%s): %s"),
    ALREADY_MEMBER("courses.already-member", "You are already in this course."),
    WRONG_PASSWORD("courses.wrong-password", "The current password is not right."),
    SAME_PASSWORD("courses.same-password", "The new password must differ from the current one."),
    NOT_STAFF(
            "courses.not-staff",
            "'%s' is a student account; a teaching assistant needs a staff account, which an instructor or the admin"
                    + " creates.");

    private final String key;
    private final String english;

    CoursesMessage(String key, String english) {
        this.key = key;
        this.english = english;
    }

    /** The stable key. */
    public String key() {
        return key;
    }

    /** The English text with these arguments. */
    public String text(Object... args) {
        return String.format(java.util.Locale.ROOT, english, args);
    }
}
