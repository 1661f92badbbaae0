package org.gradientlab.ui.maths;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gradientlab.engine.expr.ErrorKey;
import org.gradientlab.engine.expr.Variables;
import org.gradientlab.ui.UiTest;
import org.junit.jupiter.api.Test;

class ExpressionFieldTest extends UiTest {

    private ExpressionField field(Variables variables) {
        ExpressionField field = new ExpressionField("f'(x)", variables);
        UI.getCurrent().add(field);
        return field;
    }

    @Test
    void a_formula_is_previewed_as_the_parser_reads_it() {
        ExpressionField field = field(Variables.of("x"));

        field.setValue("2x cos(x^2)");

        assertThat(field.preview.isVisible()).isTrue();
        assertThat(field.previewMath.getLatex()).isEqualTo("2 x \\cos\\left(x^{2}\\right)");
        assertThat(field.problem.isVisible()).isFalse();
        assertThat(field.input.isInvalid()).isFalse();
        assertThat(field.getExpression())
                .hasValueSatisfying(e -> assertThat(e.evaluate(0.5)).isEqualTo(Math.cos(0.25)));
    }

    @Test
    void a_parse_error_is_shown_with_its_column_marked_under_the_input() {
        ExpressionField field = field(Variables.of("x", "y"));

        field.setValue("2x + xy");

        assertThat(field.preview.isVisible()).isFalse();
        assertThat(field.problem.isVisible()).isTrue();
        assertThat(field.problemMessage.getText()).isEqualTo("Unknown variable 'xy' at column 6 — did you mean x*y?");
        assertThat(field.problemMarker.getText()).isEqualTo("2x + xy\n     ^");
        assertThat(field.input.isInvalid()).isTrue();
        assertThat(field.input.getErrorMessage()).isEqualTo("Problem at column 6");
        assertThat(field.getProblem())
                .hasValueSatisfying(p -> assertThat(p.key()).isEqualTo(ErrorKey.UNKNOWN_VARIABLE));
        assertThat(field.getExpression()).isEmpty();
    }

    @Test
    void a_blank_field_shows_neither_preview_nor_problem() {
        ExpressionField field = field(Variables.DEFAULT);
        field.setValue("x +");
        field.setValue("   ");

        assertThat(field.preview.isVisible()).isFalse();
        assertThat(field.problem.isVisible()).isFalse();
        assertThat(field.input.isInvalid()).isFalse();
        assertThat(field.getProblem()).isEmpty();
    }

    @Test
    void typing_in_the_input_updates_the_value_and_fires_one_change() {
        ExpressionField field = field(Variables.DEFAULT);
        List<String> changes = new ArrayList<>();
        field.addValueChangeListener(e -> changes.add(e.getValue()));

        field.input.setValue("sin x");

        assertThat(field.getValue()).isEqualTo("sin x");
        assertThat(changes).containsExactly("sin x");
        assertThat(field.previewMath.getLatex()).isEqualTo("\\sin\\left(x\\right)");
    }

    @Test
    void changing_the_variables_reads_the_text_again() {
        ExpressionField field = field(Variables.of("x"));
        field.setValue("w + 1");
        assertThat(field.problem.isVisible()).isTrue();

        field.setVariables(Variables.of("w"));

        assertThat(field.problem.isVisible()).isFalse();
        assertThat(field.previewMath.getLatex()).isEqualTo("w + 1");
    }

    @Test
    void problems_are_explained_in_the_visitors_language() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        ExpressionField field = field(Variables.of("x"));

        field.setValue("(x + 1");

        assertThat(field.problemMessage.getText()).isEqualTo("In Spalte 7 fehlt „)“ zur „(“ aus Spalte 1.");
        assertThat(field.input.getErrorMessage()).isEqualTo("Problem in Spalte 7");
    }

    @Test
    void the_field_links_to_the_help_page() {
        ExpressionField field = field(Variables.DEFAULT);

        RouterLink link = (RouterLink) field.input.getHelperComponent();
        assertThat(link.getHref()).isEqualTo("help");
        assertThat(link.getText()).isEqualTo("How to type maths");
    }
}
