package org.gradientlab.api.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradientlab.api.RandomBodies.anyValue;
import static org.gradientlab.api.RandomBodies.pick;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.gradientlab.api.ApiClient;
import org.gradientlab.api.ApiTest;
import org.gradientlab.api.FuzzAssertions;
import org.gradientlab.api.RandomBodies;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Variant;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 1,000 random submissions spread over every exercise's check (seed 20261123), and random exercise ids and
 * variants: none makes the server fail; a malformed answer is graded as an invalid part, only a malformed request is refused.
 */
@ApiTest
class CheckFuzzTest {

    private static final long SEED = 20261123L;
    private static final int BODIES = 1000;

    private final ApiClient api;

    CheckFuzzTest(@Autowired MockMvc mvc) {
        this.api = new ApiClient(mvc);
    }

    /** An answer value: the model answer, a canned one, an expression-like string, or anything at all. */
    private static Object answer(SplittableRandom r, Part part) {
        return switch (r.nextInt(5)) {
            case 0 -> Answers.json(part.modelAnswer());
            case 1 ->
                part.canned().isEmpty()
                        ? null
                        : Answers.json(part.canned()
                                .get(r.nextInt(part.canned().size()))
                                .answer());
            case 2 -> RandomBodies.expression(r);
            case 3 ->
                RandomBodies.listOf(
                        r,
                        3,
                        x -> x.nextBoolean()
                                ? RandomBodies.expression(x)
                                : RandomBodies.listOf(x, 3, RandomBodies::expression));
            default -> anyValue(r, 2);
        };
    }

    private static Map<String, Object> answers(SplittableRandom r, Variant variant) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Part part : variant.parts()) {
            if (r.nextInt(8) > 0) {
                answers.put(part.id(), answer(r, part));
            }
        }
        if (r.nextInt(10) == 0) {
            answers.put(pick(r, "nope", "", "x"), anyValue(r, 1));
        }
        return answers;
    }

    @Test
    void check_survives_random_submissions_to_every_exercise() {
        int graded = 0;
        for (Exercise exercise : Catalogue.standard().all()) {
            Variant variant = exercise.variant(0);
            RandomBodies bodies =
                    new RandomBodies(new SplittableRandom(SEED ^ exercise.id().hashCode()), r -> {
                        Map<String, Object> body = new LinkedHashMap<>();
                        if (r.nextInt(4) > 0) {
                            body.put("variant", r.nextInt(10) == 0 ? pick(r, -1, Integer.MAX_VALUE, 1.5, "0") : 0);
                        }
                        body.put("answers", answers(r, variant));
                        if (r.nextInt(8) == 0) {
                            body.put("assignmentId", "a-1");
                        }
                        return body;
                    });
            String path = "/api/v1/exercises/" + exercise.id() + "/check";
            for (int i = 0; i < BODIES / Catalogue.standard().all().size() + 1; i++) {
                String body = bodies.next();
                ApiClient.Reply reply = api.post(path, body);
                if (FuzzAssertions.assertWellFormed(reply, path + " " + body)) {
                    graded++;
                    assertThat(reply.body().get("verdict").asString())
                            .as(body)
                            .isIn("correct", "partially-correct", "incorrect", "invalid", "unverifiable");
                }
            }
        }
        assertThat(graded).as("submissions answered with a grade").isGreaterThan(BODIES / 20);
    }

    @Test
    void exercise_pages_survive_random_ids_and_variants() {
        SplittableRandom r = new SplittableRandom(SEED);
        List<String> ids = Catalogue.standard().all().stream().map(Exercise::id).toList();
        for (int i = 0; i < 300; i++) {
            String id = r.nextInt(3) == 0
                    ? pick(r, "nope", "CHAIN-RULE", "chain-rule%20", "..", "%00", "a b")
                    : ids.get(r.nextInt(ids.size()));
            String variant = pick(r, "0", "1", "17", "-1", "abc", "", "1e3", "99999999999", "2147483647", "0x10");
            String path = "/api/v1/exercises/" + id + "?variant=" + variant;
            FuzzAssertions.assertWellFormed(api.get(path), path);
        }
    }
}
