package org.gradientlab.api.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gradientlab.api.ApiException;
import org.gradientlab.api.ApiJson;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.gradientlab.grading.Feedback;
import org.gradientlab.grading.Grader;
import org.gradientlab.grading.GradingSeed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.HttpStatus;

/**
 * The seam for recorded attempts: with an {@link AssignmentAttempts} bean, a check with an {@code assignmentId}
 * goes to it with the signed-in student and answers with its feedback, the stored attempt's id and the variant; without one, or without a student, it is
 * 401 and nothing is recorded; a practice check never reaches it.
 */
class AssignmentAttemptsSeamTest {

    private static final Principal STUDENT = () -> "student-7";
    private static final byte[] ASSIGNMENT_CHECK =
            "{\"assignmentId\": \"a-42\", \"answers\": {\"derivative\": \"cos(x^2)\"}}"
                    .getBytes(StandardCharsets.UTF_8);

    /** Records what it is given and grades like a course would, with the student's seed. */
    private static final class RecordingAttempts implements AssignmentAttempts {
        final List<String> calls = new ArrayList<>();

        @Override
        public RecordedAttempt submit(
                String assignmentId, String exerciseId, Map<String, Object> answers, Principal student) {
            calls.add(assignmentId + " " + exerciseId + " " + student.getName() + " " + answers);
            Feedback feedback = new Grader()
                    .checkJson(
                            Catalogue.standard().byId(exerciseId).orElseThrow().variant(5),
                            answers,
                            new GradingSeed(exerciseId, 5, student.getName(), 1));
            return new RecordedAttempt(1000 + calls.size(), 5, feedback);
        }
    }

    private static ExerciseController controller(AssignmentAttempts attempts) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (attempts != null) {
            beans.addBean("attempts", attempts);
        }
        return new ExerciseController(
                new ApiJson(), beans.getBeanProvider(Catalogue.class), beans.getBeanProvider(AssignmentAttempts.class));
    }

    @Test
    void an_assignment_check_goes_to_the_attempts_with_the_student() {
        RecordingAttempts attempts = new RecordingAttempts();

        CheckResponse response = controller(attempts).check("chain-rule", ASSIGNMENT_CHECK, STUDENT);

        assertThat(attempts.calls).containsExactly("a-42 chain-rule student-7 {derivative=cos(x^2)}");
        assertThat(response.parts()).containsOnlyKeys("derivative");
        assertThat(response.verdict()).isEqualTo("incorrect");
        assertThat(response.attemptId()).isEqualTo(1001L);
        assertThat(response.variant()).isEqualTo(5);
    }

    @Test
    void without_attempts_or_without_a_student_an_assignment_check_is_401() {
        RecordingAttempts attempts = new RecordingAttempts();

        assertThatThrownBy(() -> controller(null).check("chain-rule", ASSIGNMENT_CHECK, STUDENT))
                .isInstanceOfSatisfying(ApiException.class, AssignmentAttemptsSeamTest::isUnauthorized);
        assertThatThrownBy(() -> controller(attempts).check("chain-rule", ASSIGNMENT_CHECK, null))
                .isInstanceOfSatisfying(ApiException.class, AssignmentAttemptsSeamTest::isUnauthorized);
        assertThat(attempts.calls).isEmpty();
    }

    private static void isUnauthorized(ApiException e) {
        assertThat(e.status()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void a_practice_check_never_reaches_the_attempts() {
        RecordingAttempts attempts = new RecordingAttempts();
        byte[] practice = "{\"answers\": {\"derivative\": \"2x cos(x^2)\"}}".getBytes(StandardCharsets.UTF_8);

        CheckResponse response = controller(attempts).check("chain-rule", practice, STUDENT);

        assertThat(response.verdict()).isEqualTo("correct");
        assertThat(response.attemptId()).isNull();
        assertThat(response.variant()).isNull();
        assertThat(attempts.calls).isEmpty();
    }
}
