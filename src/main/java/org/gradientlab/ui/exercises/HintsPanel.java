package org.gradientlab.ui.exercises;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.gradientlab.ui.maths.MarkdownMath;

/** The variant's hints, revealed one at a time by the student. */
final class HintsPanel extends Composite<Div> {

    final OrderedList shown = new OrderedList();
    final Button next = new Button(VaadinIcon.LIGHTBULB.create());
    private final List<String> hints;

    HintsPanel(List<String> hints) {
        this.hints = List.copyOf(hints);
        shown.addClassName("gl-hints-list");
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.addClassName("gl-hint-button");
        next.addClickListener(e -> reveal());
        getContent().addClassName("gl-hints");
        getContent().add(shown, next);
        getContent().setVisible(!hints.isEmpty());
        refresh();
    }

    /** Shows the next hint, if one is left. */
    void reveal() {
        int count = shown.getComponentCount();
        if (count < hints.size()) {
            ListItem item = new ListItem(new MarkdownMath(hints.get(count)));
            item.addClassName("gl-hint");
            shown.add(item);
            refresh();
        }
    }

    int revealed() {
        return shown.getComponentCount();
    }

    private void refresh() {
        int count = shown.getComponentCount();
        next.setText(getTranslation(
                count == 0 ? "exercise.page.first-hint" : "exercise.page.next-hint", count + 1, hints.size()));
        next.setVisible(count < hints.size());
        shown.setVisible(count > 0);
    }
}
