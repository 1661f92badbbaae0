package org.gradientlab.api.courses;

import java.security.Principal;
import java.util.Map;
import org.gradientlab.api.exercises.AssignmentAttempts;
import org.gradientlab.courses.AttemptService;
import org.gradientlab.courses.CoursesException;
import org.gradientlab.grading.Feedback;
import org.springframework.stereotype.Component;

/**
 * The check endpoint's recorded attempts, by the courses module: graded with the signed-in student's own variant
 * and committed before the feedback comes back.
 */
@Component
class CourseAttempts implements AssignmentAttempts {

    private final AttemptService attempts;

    CourseAttempts(AttemptService attempts) {
        this.attempts = attempts;
    }

    @Override
    public Feedback submit(String assignmentId, String exerciseId, Map<String, Object> answers, Principal student) {
        long id = CoursesErrors.id(assignmentId, "assignment");
        try {
            return attempts.submit(student.getName(), id, exerciseId, answers).feedback();
        } catch (CoursesException e) {
            throw CoursesErrors.of(e);
        }
    }
}
