package org.gradientlab.api.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gradientlab.api.ApiClient;
import org.gradientlab.api.ApiClient.Reply;
import org.gradientlab.api.ApiTest;
import org.gradientlab.exercises.CannedAnswer;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Variant;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/exercises/{id}/check} in practice mode: the model answers are correct, each exercise's canned
 * mistakes get their notes, a malformed answer is a part with verdict {@code invalid} in a 200, and only a malformed
 * request is an error.
 */
@ApiTest
class CheckEndpointTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiClient api;

    CheckEndpointTest(@Autowired MockMvc mvc) {
        this.api = new ApiClient(mvc);
    }

    private Reply check(String exerciseId, int variant, Map<String, Object> answers) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("variant", variant);
        body.put("answers", answers);
        return api.post("/api/v1/exercises/" + exerciseId + "/check", JSON.writeValueAsString(body));
    }

    @Test
    void the_model_answers_of_every_exercise_are_correct() {
        for (Exercise exercise : Catalogue.standard().all()) {
            for (int number = 0; number < 3; number++) {
                Variant variant = exercise.variant(number);
                Reply reply = check(exercise.id(), number, Answers.json(variant.modelAnswers()));

                String what = exercise.id() + " variant " + number;
                assertThat(reply.status()).as(what).isEqualTo(200);
                assertThat(reply.body().get("verdict").asString())
                        .as(what + ": " + reply.text())
                        .isEqualTo("correct");
                assertThat(reply.body().get("score").asDouble()).as(what).isEqualTo(1.0);
                for (Part part : variant.parts()) {
                    JsonNode result = reply.body().get("parts").get(part.id());
                    assertThat(result.get("verdict").asString())
                            .as(what + " " + part.id())
                            .isEqualTo("correct");
                    assertThat(result.get("score").asDouble()).isEqualTo(1.0);
                    assertThat(result.get("notes").isEmpty()).isTrue();
                }
            }
        }
    }

    @Test
    void each_canned_mistake_gets_its_notes_and_a_format_mistake_is_an_invalid_part_in_a_200() {
        int invalidSeen = 0;
        for (Exercise exercise : Catalogue.standard().all()) {
            Variant variant = exercise.variant(0);
            for (Part part : variant.parts()) {
                for (CannedAnswer canned : part.canned()) {
                    Map<String, Object> answers = Answers.json(variant.modelAnswers());
                    answers.put(part.id(), Answers.json(canned.answer()));
                    Reply reply = check(exercise.id(), 0, answers);

                    String what = exercise.id() + " " + part.id() + " '" + canned.label() + "'";
                    assertThat(reply.status()).as(what).isEqualTo(200);
                    JsonNode result = reply.body().get("parts").get(part.id());
                    assertThat(notes(result))
                            .as(what + ": " + reply.text())
                            .containsExactlyInAnyOrderElementsOf(
                                    canned.notes().stream().map(Note::key).toList());
                    if (canned.invalid()) {
                        invalidSeen++;
                        assertThat(result.get("verdict").asString()).as(what).isEqualTo("invalid");
                        assertThat(result.get("score").isNull()).as(what).isTrue();
                        assertThat(reply.body().get("verdict").asString()).isEqualTo("invalid");
                        assertThat(reply.body().get("score").isNull()).isTrue();
                        assertThat(result.get("messages").isEmpty()).as(what).isFalse();
                    } else {
                        assertThat(result.get("verdict").asString()).as(what).isIn("incorrect", "partially-correct");
                        assertThat(result.get("score").asDouble()).as(what).isLessThan(1.0);
                    }
                }
            }
        }
        assertThat(invalidSeen).as("canned format mistakes in the catalogue").isPositive();
    }

    @Test
    void a_chain_rule_answer_without_the_inner_derivative_is_diagnosed_and_shown_as_read() {
        Reply reply = check("chain-rule", 0, Map.of("derivative", "cos(x^2)"));

        JsonNode part = reply.body().at("/parts/derivative");
        assertThat(reply.body().get("verdict").asString()).isEqualTo("incorrect");
        assertThat(reply.body().get("score").asDouble()).isZero();
        assertThat(notes(part)).contains("missing-inner-derivative");
        assertThat(part.get("messages").get(0).propertyNames()).containsExactly("key", "args", "text");
        List<String> keys = new ArrayList<>();
        part.get("messages").forEach(m -> keys.add(m.get("key").asString()));
        assertThat(keys).contains("missing-inner-derivative");
        assertThat(part.at("/interpretedAs/text").asString()).isEqualTo("cos(x^2)");
        assertThat(part.at("/interpretedAs/latex").asString()).contains("\\cos");
        assertThat(part.has("mask")).isFalse();
    }

    @Test
    void an_unreadable_expression_answer_is_invalid_with_a_message_and_nothing_read() {
        Reply reply = check("chain-rule", 0, Map.of("derivative", "2x cos(x^2"));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode part = reply.body().at("/parts/derivative");
        assertThat(part.get("verdict").asString()).isEqualTo("invalid");
        assertThat(part.get("messages").get(0).get("key").asString()).isEqualTo("invalid-expression");
        assertThat(part.get("interpretedAs").isNull()).isTrue();
    }

    @Test
    void an_answer_in_the_wrong_encoding_or_missing_is_an_invalid_part() {
        Reply wrongEncoding = check("chain-rule", 0, Map.of("derivative", List.of("2x", "cos(x^2)")));
        assertThat(wrongEncoding.status()).isEqualTo(200);
        assertThat(wrongEncoding.body().at("/parts/derivative/verdict").asString())
                .isEqualTo("invalid");
        assertThat(wrongEncoding.body().at("/parts/derivative/messages/0/key").asString())
                .isEqualTo("wrong-encoding");

        Reply missing = check("chain-rule", 0, Map.of());
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.body().at("/parts/derivative/messages/0/key").asString())
                .isEqualTo("missing-answer");
    }

    @Test
    void a_transposed_jacobian_is_graded_per_cell_with_a_mask_in_the_students_shape() {
        Variant variant = Catalogue.standard().byId("jacobian").orElseThrow().variant(0);
        CannedAnswer transposed = variant.part("jacobian").orElseThrow().canned().stream()
                .filter(c -> c.notes().contains(Note.TRANSPOSED_JACOBIAN))
                .findFirst()
                .orElseThrow();
        Map<String, Object> answers = Answers.json(variant.modelAnswers());
        answers.put("jacobian", Answers.json(transposed.answer()));

        Reply reply = check("jacobian", 0, answers);

        JsonNode part = reply.body().at("/parts/jacobian");
        assertThat(notes(part)).contains("transposed-jacobian");
        @SuppressWarnings("unchecked")
        List<List<String>> rows = (List<List<String>>) Answers.json(transposed.answer());
        JsonNode mask = part.get("mask");
        assertThat(mask.size()).isEqualTo(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            assertThat(mask.get(r).size()).isEqualTo(rows.get(r).size());
            mask.get(r).forEach(cell -> assertThat(cell.isBoolean()).isTrue());
        }
    }

    @Test
    void a_request_that_is_not_a_submission_is_400_and_an_unknown_exercise_404() {
        Reply noAnswers = api.post("/api/v1/exercises/chain-rule/check", "{\"variant\": 0}");
        assertThat(noAnswers.status()).isEqualTo(400);
        assertThat(noAnswers.message()).contains("answers");

        Reply unknownPart = check("chain-rule", 0, Map.of("derivatve", "2x cos(x^2)"));
        assertThat(unknownPart.status()).isEqualTo(400);
        assertThat(unknownPart.message()).contains("derivatve").contains("derivative");

        Reply answersNotAnObject = api.post("/api/v1/exercises/chain-rule/check", "{\"answers\": [\"2x\"]}");
        assertThat(answersNotAnObject.status()).isEqualTo(400);

        assertThat(check("no-such-exercise", 0, Map.of()).status()).isEqualTo(404);
        assertThat(check("chain-rule", -2, Map.of()).status()).isEqualTo(400);
    }

    @Test
    void checking_for_an_assignment_needs_a_signed_in_student_and_records_nothing_without_one() {
        Reply reply = api.post(
                "/api/v1/exercises/chain-rule/check",
                "{\"assignmentId\": \"a-1\", \"answers\": {\"derivative\": \"2x cos(x^2)\"}}");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body().get("error").propertyNames()).containsExactly("message");
        assertThat(reply.message()).contains("assignmentId");
    }

    @Test
    void the_variant_defaults_to_zero() {
        Reply reply =
                api.post("/api/v1/exercises/chain-rule/check", "{\"answers\": {\"derivative\": \"2x cos(x^2)\"}}");

        assertThat(reply.body().get("verdict").asString()).isEqualTo("correct");
    }

    private static List<String> notes(JsonNode part) {
        List<String> notes = new ArrayList<>();
        part.get("notes").forEach(n -> notes.add(n.asString()));
        return notes;
    }
}
