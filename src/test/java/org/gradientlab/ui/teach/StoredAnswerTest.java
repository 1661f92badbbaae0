package org.gradientlab.ui.teach;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoredAnswerTest {

    @Test
    void a_one_part_answer_reads_as_the_answer_alone() {
        assertThat(StoredAnswer.readable("{\"derivative\":\"1/(1 + 2*x^2)\"}")).isEqualTo("1/(1 + 2*x^2)");
    }

    @Test
    void several_parts_are_named_and_lists_and_settings_are_spelled_out() {
        assertThat(StoredAnswer.readable(
                        "{\"jacobian\":[[\"4\",\"0\"],[\"1\",\"2\"]],\"settings\":{\"lr\":\"0.01\",\"steps\":\"20\"}}"))
                .isEqualTo("jacobian: [[4, 0], [1, 2]]; settings: {lr = 0.01, steps = 20}");
    }

    @Test
    void text_that_is_not_an_answer_object_is_shown_as_stored() {
        assertThat(StoredAnswer.readable("not json {")).isEqualTo("not json {");
        assertThat(StoredAnswer.readable("[\"a\"]")).isEqualTo("[\"a\"]");
    }
}
