package org.gradientlab.api.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gradientlab.api.ApiClient;
import org.gradientlab.api.ApiTest;
import org.gradientlab.exercises.AnswerType;
import org.gradientlab.grading.Verdict;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document names exactly the verdicts and answer types the grading and exercise modules use. */
@ApiTest
class ExerciseDocumentationTest {

    private final JsonNode schemas;

    ExerciseDocumentationTest(@Autowired MockMvc mvc) {
        this.schemas = new ApiClient(mvc).get("/api/v1/openapi.json").body().at("/components/schemas");
    }

    private List<String> enumAt(String pointer) {
        List<String> values = new ArrayList<>();
        schemas.at(pointer + "/enum").forEach(v -> values.add(v.asString()));
        return values;
    }

    @Test
    void verdicts_and_answer_types_are_the_modules_own() {
        List<String> verdicts =
                Arrays.stream(Verdict.values()).map(Verdict::apiName).toList();
        assertThat(enumAt("/CheckResponse/properties/verdict")).isEqualTo(verdicts);
        assertThat(enumAt("/PartResult/properties/verdict")).isEqualTo(verdicts);
        assertThat(enumAt("/Part/properties/type"))
                .isEqualTo(Arrays.stream(AnswerType.values())
                        .map(AnswerType::apiName)
                        .toList());
    }
}
