package org.gradientlab.api.exercises;

import java.security.Principal;
import java.util.Map;

/**
 * Graded, recorded attempts at an assignment: the one seam between the check endpoint and the courses module
 * (DESIGN §7). An implementation resolves the assignment and the student's own variant, grades the answers with
 * the grading module under the seed (exercise, variant, student, attempt), commits the attempt and only then
 * returns the feedback. It refuses with {@link org.gradientlab.api.ApiException}: 404 for an unknown assignment or
 * an exercise not in it, 403 for a student not enrolled.
 *
 * <p>Until a bean of this type exists, a check with an {@code assignmentId} is answered with 401: nothing is
 * recorded. The courses module may not depend on this package, so the bean is an adapter from the platform wiring
 * (or from this package) onto the courses module's service.
 */
public interface AssignmentAttempts {

    /**
     * Grades and records one attempt.
     *
     * @param assignmentId the assignment, as sent by the client
     * @param exerciseId   the exercise of the URL
     * @param answers      part id → answer, decoded from JSON as strings, numbers, lists and maps
     * @param student      the signed-in user
     * @return the recorded attempt, with its feedback
     */
    RecordedAttempt submit(String assignmentId, String exerciseId, Map<String, Object> answers, Principal student);
}
