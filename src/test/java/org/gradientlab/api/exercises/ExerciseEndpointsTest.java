package org.gradientlab.api.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.gradientlab.api.ApiClient;
import org.gradientlab.api.ApiClient.Reply;
import org.gradientlab.api.ApiTest;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Variant;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/exercises} and {@code GET /api/v1/exercises/{id}} show the catalogue as students see it. */
@ApiTest
class ExerciseEndpointsTest {

    private final ApiClient api;

    ExerciseEndpointsTest(@Autowired MockMvc mvc) {
        this.api = new ApiClient(mvc);
    }

    @Test
    void the_list_is_the_catalogue_in_display_order_with_the_four_named_exercises_first() {
        Reply reply = api.get("/api/v1/exercises");

        assertThat(reply.status()).isEqualTo(200);
        List<String> ids = StreamSupport.stream(reply.body().spliterator(), false)
                .map(e -> e.get("id").asString())
                .toList();
        assertThat(ids)
                .isEqualTo(Catalogue.standard().all().stream().map(Exercise::id).toList());
        assertThat(ids.subList(0, 4)).containsExactly("chain-rule", "jacobian", "lr-race", "adam-vs-gd");
        for (JsonNode entry : reply.body()) {
            assertThat(entry.propertyNames()).containsExactlyInAnyOrder("id", "title", "unit", "summary");
            assertThat(entry.get("title").asString()).isNotBlank();
        }
    }

    @Test
    void an_exercise_shows_its_variant_parts_without_model_answers() {
        Variant expected = Catalogue.standard().byId("chain-rule").orElseThrow().variant(0);
        Reply reply = api.get("/api/v1/exercises/chain-rule");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.body();
        assertThat(body.get("id").asString()).isEqualTo("chain-rule");
        assertThat(body.get("variant").asInt()).isZero();
        assertThat(body.get("title").asString()).isEqualTo(expected.title());
        assertThat(body.get("explanation").asString()).isEqualTo(expected.explanation());
        assertThat(body.get("parameters").get("function").asString()).isEqualTo("sin(x^2)");
        JsonNode part = body.get("parts").get(0);
        assertThat(part.get("id").asString()).isEqualTo("derivative");
        assertThat(part.get("type").asString()).isEqualTo("expression");
        assertThat(part.get("prompt").asString())
                .isEqualTo(expected.parts().get(0).prompt());
        assertThat(part.get("variables").get(0).asString()).isEqualTo("x");
        assertThat(reply.text()).doesNotContain("modelAnswer", "solution", "hints", "canned");
        assertThat(reply.text()).doesNotContain(expected.solution());
    }

    @Test
    void the_variant_parameter_selects_the_variant() {
        for (Exercise exercise : Catalogue.standard().all()) {
            Variant expected = exercise.variant(3);
            Reply reply = api.get("/api/v1/exercises/" + exercise.id() + "?variant=3");

            assertThat(reply.status()).as(exercise.id()).isEqualTo(200);
            assertThat(reply.body().get("variant").asInt()).isEqualTo(3);
            assertThat(reply.body().get("title").asString()).isEqualTo(expected.title());
            Map<String, String> parameters = expected.parameters();
            parameters.forEach((name, value) -> assertThat(
                            reply.body().at("/parameters/" + name).asString())
                    .as(name)
                    .isEqualTo(value));
            List<String> partIds = expected.parts().stream().map(Part::id).toList();
            assertThat(StreamSupport.stream(reply.body().get("parts").spliterator(), false)
                            .map(p -> p.get("id").asString())
                            .toList())
                    .isEqualTo(partIds);
        }
    }

    @Test
    void a_choice_part_lists_its_choices_and_other_parts_do_not() {
        for (Exercise exercise : Catalogue.standard().all()) {
            Reply reply = api.get("/api/v1/exercises/" + exercise.id());
            List<Part> parts = exercise.variant(0).parts();
            for (int i = 0; i < parts.size(); i++) {
                JsonNode part = reply.body().get("parts").get(i);
                assertThat(part.get("type").asString())
                        .isEqualTo(parts.get(i).type().apiName());
                assertThat(part.path("choices").size())
                        .isEqualTo(parts.get(i).choices().size());
            }
        }
    }

    @Test
    void an_unknown_exercise_is_404_in_the_error_shape() {
        Reply reply = api.get("/api/v1/exercises/no-such-exercise");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.message()).contains("no-such-exercise");
    }

    @Test
    void a_negative_or_non_numeric_variant_is_400() {
        assertThat(api.get("/api/v1/exercises/chain-rule?variant=-1").status()).isEqualTo(400);
        Reply text = api.get("/api/v1/exercises/chain-rule?variant=abc");
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.message()).contains("variant");
        assertThat(api.get("/api/v1/exercises/chain-rule?variant=99999999999").status())
                .isEqualTo(400);
    }
}
