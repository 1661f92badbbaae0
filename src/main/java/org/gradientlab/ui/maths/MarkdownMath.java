package org.gradientlab.ui.maths;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Emphasis;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * A short explanation written in {@link MiniMarkdown} with {@code $…$} and {@code $$…$$} maths, rendered as
 * paragraphs, lists and code with KaTeX formulas. Text always becomes text nodes, so whatever the source says,
 * it cannot inject HTML.
 */
public class MarkdownMath extends Composite<Div> {

    public MarkdownMath(String markdown) {
        getContent().addClassName("gl-markdown");
        setMarkdown(markdown);
    }

    /** Replaces the shown explanation. */
    public void setMarkdown(String markdown) {
        Div root = getContent();
        root.removeAll();
        for (MiniMarkdown.Block block : MiniMarkdown.parse(markdown)) {
            root.add(render(block));
        }
    }

    private static Component render(MiniMarkdown.Block block) {
        return switch (block) {
            case MiniMarkdown.Paragraph p -> fill(new Paragraph(), p.content());
            case MiniMarkdown.BulletList list -> {
                UnorderedList ul = new UnorderedList();
                list.items().forEach(item -> ul.add(fill(new ListItem(), item)));
                yield ul;
            }
            case MiniMarkdown.NumberedList list -> {
                OrderedList ol = new OrderedList();
                list.items().forEach(item -> ol.add(fill(new ListItem(), item)));
                yield ol;
            }
            case MiniMarkdown.CodeBlock code -> new Pre(code.code());
            case MiniMarkdown.DisplayMath math -> MathView.display(math.latex());
        };
    }

    private static <C extends HtmlContainer> C fill(C container, List<MiniMarkdown.Inline> content) {
        for (MiniMarkdown.Inline inline : content) {
            container.add(render(inline));
        }
        return container;
    }

    private static Component render(MiniMarkdown.Inline inline) {
        return switch (inline) {
            case MiniMarkdown.Text t -> new Text(t.text());
            case MiniMarkdown.Emphasis e -> fill(new Emphasis(), e.content());
            case MiniMarkdown.Strong s -> fill(new Strong(), s.content());
            case MiniMarkdown.Code c -> new Code(c.code());
            case MiniMarkdown.Math m -> m.display() ? MathView.display(m.latex()) : new MathView(m.latex());
        };
    }

    /** {@code <strong>}, which Flow's HTML components lack. */
    @Tag("strong")
    static final class Strong extends HtmlContainer implements HasText {}
}
