package org.gradientlab.ui.exercises;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import java.util.ArrayList;
import java.util.List;
import org.gradientlab.ui.maths.MathView;

/**
 * A one-line text with {@code $…$} formulas (a variant's title, a choice's label) as text nodes and inline
 * KaTeX, for places where {@link org.gradientlab.ui.maths.MarkdownMath}'s paragraphs would not fit. An unpaired
 * dollar stays text.
 */
public final class InlineMath {

    private InlineMath() {}

    /** The text's pieces: text nodes and inline formulas. */
    public static List<Component> render(String source) {
        List<Component> out = new ArrayList<>();
        String rest = source == null ? "" : source;
        while (!rest.isEmpty()) {
            int open = rest.indexOf('$');
            int close = open < 0 ? -1 : rest.indexOf('$', open + 1);
            if (close < 0) {
                out.add(new Text(rest));
                break;
            }
            if (open > 0) {
                out.add(new Text(rest.substring(0, open)));
            }
            out.add(new MathView(rest.substring(open + 1, close)));
            rest = rest.substring(close + 1);
        }
        return out;
    }
}
