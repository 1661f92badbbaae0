package org.gradientlab.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.Variant;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.junit.jupiter.api.Test;

/** Parse → show: the preview says how an answer reads, or where it cannot be read, and grades nothing. */
class PreviewTest {

    private final Grader grader = new Grader();
    private final Variant chain =
            Catalogue.standard().byId("chain-rule").orElseThrow().variant(0);
    private final Variant jacobian =
            Catalogue.standard().byId("jacobian").orElseThrow().variant(0);

    @Test
    void a_readable_expression_is_shown_as_text_and_latex() {
        Preview p = grader.preview(chain, "derivative", Answer.text("2x·cos(x²)"));
        assertThat(p.readable()).isTrue();
        assertThat(p.interpretedAs().orElseThrow().text()).isEqualTo("2*x*cos(x^2)");
        assertThat(p.interpretedAs().orElseThrow().latex()).contains("\\cos");
    }

    @Test
    void an_unreadable_expression_gives_the_column_and_no_verdict() {
        Preview p = grader.preview(chain, "derivative", Answer.text("2x + * cos(x)"));
        assertThat(p.readable()).isFalse();
        assertThat(p.messages()).extracting(Message::key).containsExactly(MessageKey.INVALID_EXPRESSION);
        // the '*' at column 6 cannot follow '+'
        assertThat(p.messages().getFirst().args().getFirst()).isEqualTo("6");
    }

    @Test
    void an_unknown_variable_carries_its_note() {
        Preview p = grader.preview(chain, "derivative", Answer.text("2t cos(x^2)"));
        assertThat(p.notes()).containsExactly(Note.UNKNOWN_VARIABLE);
    }

    @Test
    void a_grid_is_shown_as_a_matrix_and_a_bad_cell_is_located() {
        Preview ok =
                grader.preview(jacobian, "jacobian", Answer.grid(List.of(List.of("2x1", "0"), List.of("x2", "x1"))));
        assertThat(ok.interpretedAs().orElseThrow().text()).isEqualTo("[[2*x1, 0], [x2, x1]]");
        assertThat(ok.interpretedAs().orElseThrow().latex()).startsWith("\\begin{bmatrix}");
        Preview bad =
                grader.preview(jacobian, "jacobian", Answer.grid(List.of(List.of("2x1", "0"), List.of("x2", "x1)"))));
        assertThat(bad.messages()).extracting(Message::key).containsExactly(MessageKey.INVALID_CELL);
        assertThat(bad.messages().getFirst().args().subList(0, 2)).containsExactly("2", "2");
    }

    @Test
    void a_number_typed_as_a_formula_shows_its_value() {
        Variant race = Catalogue.standard().byId("lr-race").orElseThrow().variant(0);
        Preview p = grader.preview(race, "threshold", Answer.text("2/20"));
        assertThat(p.interpretedAs().orElseThrow().text()).isEqualTo("2/20 = 0.1");
    }

    @Test
    void an_answer_in_the_wrong_encoding_is_refused() {
        Preview p = grader.preview(chain, "derivative", Answer.entries("2x"));
        assertThat(p.readable()).isFalse();
        assertThat(p.messages()).extracting(Message::key).containsExactly(MessageKey.WRONG_ENCODING);
    }
}
