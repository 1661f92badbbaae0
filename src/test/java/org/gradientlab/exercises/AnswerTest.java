package org.gradientlab.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerTest {

    @Test
    void json_strings_and_numbers_are_text_answers() {
        assertThat(Answer.fromJson("2x cos(x^2)")).contains(new Answer.Text("2x cos(x^2)"));
        assertThat(Answer.fromJson(0.1)).contains(new Answer.Text("0.1"));
        assertThat(Answer.fromJson(3)).contains(new Answer.Text("3"));
    }

    @Test
    void json_list_of_strings_is_entries_and_may_be_empty() {
        assertThat(Answer.fromJson(List.of("0.12", "0.15"))).contains(Answer.entries("0.12", "0.15"));
        assertThat(Answer.fromJson(List.of())).contains(Answer.entries());
    }

    @Test
    void json_list_of_rows_is_a_grid_of_any_shape() {
        List<List<String>> ragged = List.of(List.of("1", "2", "3"), List.of("4"));
        assertThat(Answer.fromJson(ragged)).contains(Answer.grid(ragged));
    }

    @Test
    void json_object_of_strings_is_settings_in_order() {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("lr", "0.01");
        raw.put("steps", 2000);
        Answer.Settings s = (Answer.Settings) Answer.fromJson(raw).orElseThrow();
        assertThat(s.values()).containsExactly(Map.entry("lr", "0.01"), Map.entry("steps", "2000"));
    }

    @Test
    void values_without_an_encoding_are_refused() {
        assertThat(Answer.fromJson(null)).isEmpty();
        assertThat(Answer.fromJson(Map.of("a", List.of("1")))).isEmpty();
        assertThat(Answer.fromJson(List.of("1", List.of("2")))).isEmpty();
        assertThat(Answer.fromJson(Arrays.asList("1", null))).isEmpty();
        assertThat(Answer.fromJson(List.of(Map.of()))).isEmpty();
    }

    @Test
    void each_type_accepts_only_its_encoding() {
        assertThat(AnswerType.EXPRESSION.accepts(Answer.text("x"))).isTrue();
        assertThat(AnswerType.EXPRESSION.accepts(Answer.entries("x"))).isFalse();
        assertThat(AnswerType.NUMBER_SET.accepts(Answer.entries())).isTrue();
        assertThat(AnswerType.MATRIX.accepts(Answer.grid(List.of()))).isTrue();
        assertThat(AnswerType.MATRIX.accepts(Answer.entries("1"))).isFalse();
        assertThat(AnswerType.SETTINGS.accepts(Answer.settings(Map.of()))).isTrue();
        assertThat(AnswerType.UPDATE_RULE.accepts(Answer.text("x = x - lr*g"))).isTrue();
    }

    @Test
    void null_strings_inside_answers_become_empty_strings() {
        assertThat(new Answer.Text(null).text()).isEmpty();
        assertThat(new Answer.Entries(Arrays.asList("1", null)).entries()).containsExactly("1", "");
    }
}
