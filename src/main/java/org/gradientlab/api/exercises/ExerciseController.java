package org.gradientlab.api.exercises;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.gradientlab.api.ApiException;
import org.gradientlab.api.ApiJson;
import org.gradientlab.api.Fields;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Variant;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.gradientlab.grading.Grader;
import org.gradientlab.grading.GradingSeed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalogue and practice grading. A practice check ({@code assignmentId} absent) is graded with the practice
 * seed of (exercise, variant) and recorded nowhere; anyone may call it.
 */
@RestController
class ExerciseController {

    private final ApiJson json;
    private final Catalogue catalogue;
    private final Grader grader = new Grader();
    private final ObjectProvider<AssignmentAttempts> attempts;

    ExerciseController(ApiJson json, ObjectProvider<Catalogue> catalogue, ObjectProvider<AssignmentAttempts> attempts) {
        this.json = json;
        this.catalogue = catalogue.getIfAvailable(Catalogue::standard);
        this.attempts = attempts;
    }

    @GetMapping("/api/v1/exercises")
    List<ExerciseSummary> list() {
        return catalogue.all().stream().map(ExerciseSummary::of).toList();
    }

    @GetMapping("/api/v1/exercises/{id}")
    ExerciseView get(@PathVariable String id, @RequestParam(defaultValue = "0") int variant) {
        Exercise exercise = exercise(id);
        return ExerciseView.of(exercise, variant(exercise, variant));
    }

    @PostMapping("/api/v1/exercises/{id}/check")
    CheckResponse check(@PathVariable String id, @RequestBody(required = false) byte[] body, Principal principal) {
        Exercise exercise = exercise(id);
        CheckRequest request = json.read(body, CheckRequest.class);
        Map<String, Object> answers = Fields.required(request.answers(), "answers");
        if (request.assignmentId() != null) {
            RecordedAttempt attempt = recorded(request.assignmentId(), exercise, answers, principal);
            return CheckResponse.of(attempt.feedback()).recordedAs(attempt.attemptId(), attempt.variant());
        }
        int number = request.variant() == null ? 0 : request.variant();
        Variant variant = variant(exercise, number);
        checkPartIds(variant, answers);
        return CheckResponse.of(grader.checkJson(variant, answers, GradingSeed.practice(exercise.id(), number)));
    }

    private RecordedAttempt recorded(
            String assignmentId, Exercise exercise, Map<String, Object> answers, Principal principal) {
        AssignmentAttempts recorder = attempts.getIfAvailable();
        if (recorder == null) {
            throw ApiException.unauthorized("Checking for an assignment records an attempt, which needs a signed-in "
                    + "student, and this server has no sign-in for the API yet; leave out 'assignmentId' to check "
                    + "in practice mode.");
        }
        if (principal == null) {
            throw ApiException.unauthorized("Sign in to submit an attempt at an assignment; leave out "
                    + "'assignmentId' to check in practice mode.");
        }
        return recorder.submit(assignmentId, exercise.id(), answers, principal);
    }

    private Exercise exercise(String id) {
        return catalogue
                .byId(id)
                .orElseThrow(() ->
                        ApiException.notFound("There is no exercise '" + id + "'; GET /api/v1/exercises lists them."));
    }

    private static Variant variant(Exercise exercise, int number) {
        if (number < 0) {
            throw ApiException.badRequest("The variant must be 0 or more; got " + number + ".");
        }
        return exercise.variant(number);
    }

    private static void checkPartIds(Variant variant, Map<String, Object> answers) {
        List<String> ids = variant.parts().stream().map(Part::id).toList();
        for (String key : answers.keySet()) {
            if (!ids.contains(key)) {
                throw ApiException.badRequest("The answers name the part '" + key + "', which this exercise does not "
                        + "have; its parts are " + String.join(", ", ids) + ".");
            }
        }
    }
}
