package org.gradientlab.ui.maths;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownMathTest {

    private static List<Component> children(Component component) {
        return component.getChildren().toList();
    }

    @Test
    void paragraphs_hold_text_and_inline_formulas() {
        MarkdownMath view = new MarkdownMath("The derivative of $\\sin x$ is *cos*.");

        List<Component> blocks = children(view.getContent());
        assertThat(blocks).singleElement().isInstanceOf(Paragraph.class);
        Element paragraph = blocks.getFirst().getElement();
        assertThat(paragraph.getChildCount()).isEqualTo(5);
        assertThat(paragraph.getChild(1).getTag()).isEqualTo("gl-math");
        assertThat(paragraph.getChild(1).getProperty("latex")).isEqualTo("\\sin x");
        assertThat(paragraph.getChild(1).getProperty("display", false)).isFalse();
        assertThat(paragraph.getChild(3).getTag()).isEqualTo("em");
        assertThat(paragraph.getTextRecursively()).isEqualTo("The derivative of  is cos.");
    }

    @Test
    void display_formulas_and_lists_become_their_own_blocks() {
        MarkdownMath view = new MarkdownMath("$$x_{k+1} = x_k - \\alpha g$$\n\n- **GD**\n- Adam");

        List<Component> blocks = children(view.getContent());
        assertThat(blocks).hasSize(2);
        MathView formula = (MathView) blocks.get(0);
        assertThat(formula.isDisplay()).isTrue();
        assertThat(formula.getLatex()).isEqualTo("x_{k+1} = x_k - \\alpha g");
        assertThat(blocks.get(1)).isInstanceOf(UnorderedList.class);
        assertThat(blocks.get(1).getElement().getChild(0).getChild(0).getTag()).isEqualTo("strong");
    }

    @Test
    void markup_in_the_source_never_becomes_markup_on_the_page() {
        MarkdownMath view = new MarkdownMath("<img src=x onerror=alert(1)>");

        Element paragraph = view.getContent().getElement().getChild(0);
        assertThat(paragraph.getChildCount()).isEqualTo(1);
        assertThat(paragraph.getChild(0).isTextNode()).isTrue();
        assertThat(paragraph.getTextRecursively()).isEqualTo("<img src=x onerror=alert(1)>");
    }

    @Test
    void replacing_the_markdown_replaces_the_content() {
        MarkdownMath view = new MarkdownMath("one");
        view.setMarkdown("two\n\nthree");

        assertThat(children(view.getContent())).hasSize(2);
        assertThat(view.getContent().getElement().getTextRecursively()).isEqualTo("twothree");
    }
}
