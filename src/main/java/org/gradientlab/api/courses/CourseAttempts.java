package org.gradientlab.api.courses;

import java.security.Principal;
import java.util.Map;
import org.gradientlab.api.exercises.AssignmentAttempts;
import org.gradientlab.api.exercises.RecordedAttempt;
import org.gradientlab.courses.AttemptService;
import org.gradientlab.courses.CoursesException;
import org.gradientlab.courses.Submission;
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
    public RecordedAttempt submit(
            String assignmentId, String exerciseId, Map<String, Object> answers, Principal student) {
        long id = CoursesErrors.id(assignmentId, "assignment");
        try {
            Submission s = attempts.submit(student.getName(), id, exerciseId, answers);
            return new RecordedAttempt(s.attemptId(), s.variant(), s.feedback());
        } catch (CoursesException e) {
            throw CoursesErrors.of(e);
        }
    }
}
