package org.gradientlab.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MessageTest {

    @Test
    void arguments_fill_the_template_in_order() {
        Message m = MessageKey.MISSING_INNER_DERIVATIVE.with("2x");
        assertThat(m.key()).isEqualTo(MessageKey.MISSING_INNER_DERIVATIVE);
        assertThat(m.args()).containsExactly("2x");
        assertThat(m.text()).isEqualTo("You differentiated the outer function but forgot the inner derivative 2x.");
    }

    @Test
    void doubled_quotes_render_as_one_quote() {
        assertThat(MessageKey.UNKNOWN_CHOICE.with("d").text()).isEqualTo("'d' is not one of the choices.");
    }

    @Test
    void every_template_renders_without_leftover_placeholders() {
        for (MessageKey k : MessageKey.values()) {
            String text = k.with((Object[]) new String[] {"a0", "a1", "a2", "a3", "a4", "a5"})
                    .text();
            assertThat(text).as(k.name()).doesNotContain("{").doesNotContain("}");
        }
    }

    @Test
    void keys_are_unique_kebab_case() {
        assertThat(Arrays.stream(MessageKey.values())
                        .map(MessageKey::key)
                        .distinct()
                        .count())
                .isEqualTo(MessageKey.values().length);
        assertThat(Arrays.stream(MessageKey.values()).map(MessageKey::key))
                .allMatch(k -> k.matches("[a-z]+(-[a-z]+)*"));
    }
}
