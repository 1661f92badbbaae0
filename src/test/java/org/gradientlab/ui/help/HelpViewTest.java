package org.gradientlab.ui.help;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.gradientlab.ui.UiTest;
import org.gradientlab.ui.maths.ExpressionField;
import org.gradientlab.ui.maths.MathView;
import org.junit.jupiter.api.Test;

class HelpViewTest extends UiTest {

    private static List<HelpTopics.Example> examples() {
        return HelpTopics.TOPICS.stream().flatMap(t -> t.examples().stream()).toList();
    }

    @Test
    void every_example_is_shown_as_typed() {
        HelpView view = open(HelpView.class);

        List<String> typed = _find(view, Code.class).stream().map(Code::getText).toList();
        assertThat(typed)
                .containsExactlyElementsOf(
                        examples().stream().map(HelpTopics.Example::input).toList());
    }

    @Test
    void examples_are_read_by_the_real_parser() {
        HelpView view = open(HelpView.class);

        List<String> latex =
                _find(view, MathView.class).stream().map(MathView::getLatex).toList();
        assertThat(latex)
                .contains(
                        "x^{2} + 3 x - 1",
                        "2 x", "-x^{2}", "\\ln\\left(1 + x^{2}\\right)", "x^{2} + y^{2}", "2 \\pi x");
        List<String> problems = _find(view, Span.class, spec -> spec.withClasses("gl-help-problem")).stream()
                .map(Span::getText)
                .toList();
        assertThat(problems).hasSize(7);
        assertThat(problems.getFirst()).isEqualTo("Unknown variable 'xy' at column 1 — did you mean x*y?");
    }

    @Test
    void the_page_has_a_field_to_try_formulas_in_and_no_missing_texts() {
        HelpView view = open(HelpView.class);

        ExpressionField tryIt = _get(view, ExpressionField.class);
        tryIt.setValue("x^2");
        assertThat(tryIt.getExpression()).isPresent();
        assertThat(view.getElement().getTextRecursively()).doesNotContain("!help.", "!expr.");
    }
}
