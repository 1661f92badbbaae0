package org.gradientlab.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.Variant;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.junit.jupiter.api.Test;

/** The check response of DESIGN §8, field names and values as other tools read them. */
class FeedbackApiTest {

    private final Variant jacobian =
            Catalogue.standard().byId("jacobian").orElseThrow().variant(0);

    @Test
    @SuppressWarnings("unchecked")
    void a_graded_submission_has_the_contract_fields() {
        Feedback f = new Grader()
                .check(
                        jacobian,
                        Map.of(
                                "jacobian",
                                        Answer.grid(List.of(List.of("4", "0"), List.of("1", "2"), List.of("0", "0.5"))),
                                "fd-denominator", Answer.text("h")),
                        GradingSeed.practice("jacobian", 0));
        Map<String, Object> api = f.toApi();
        assertThat(api.keySet()).containsExactly("verdict", "score", "parts");
        assertThat(api.get("verdict")).isEqualTo("partially-correct");
        Map<String, Object> parts = (Map<String, Object>) api.get("parts");
        assertThat(parts.keySet()).containsExactly("jacobian", "fd-denominator");
        Map<String, Object> cells = (Map<String, Object>) parts.get("jacobian");
        assertThat(cells.keySet()).containsExactly("verdict", "score", "notes", "messages", "interpretedAs", "mask");
        assertThat(cells.get("notes")).isEqualTo(List.of("wrong-entry"));
        assertThat(cells.get("mask"))
                .isEqualTo(List.of(List.of(true, true), List.of(true, true), List.of(true, false)));
        Map<String, Object> message = ((List<Map<String, Object>>) cells.get("messages")).getFirst();
        assertThat(message.keySet()).containsExactly("key", "args", "text");
        assertThat(message.get("key")).isEqualTo("wrong-cell");
        Map<String, Object> denominator = (Map<String, Object>) parts.get("fd-denominator");
        assertThat(denominator).doesNotContainKey("mask");
        assertThat(denominator.get("notes")).isEqualTo(List.of("constant-factor"));
        assertThat((Map<String, Object>) denominator.get("interpretedAs")).containsEntry("text", "h");
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_invalid_submission_has_null_scores() {
        Feedback f = new Grader()
                .check(jacobian, Map.of("fd-denominator", Answer.text("2h")), GradingSeed.practice("jacobian", 0));
        Map<String, Object> api = f.toApi();
        assertThat(api.get("verdict")).isEqualTo("invalid");
        assertThat(api).containsEntry("score", null);
        Map<String, Object> missing = (Map<String, Object>) ((Map<String, Object>) api.get("parts")).get("jacobian");
        assertThat(missing).containsEntry("score", null).containsEntry("interpretedAs", null);
    }
}
