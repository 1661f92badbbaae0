package org.gradientlab.ui.student;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.gradientlab.courses.AttemptRecord;
import org.gradientlab.ui.i18n.Percentages;

/**
 * The student's past attempts at one exercise, oldest first: the answer as submitted, how it was read, the
 * verdict, the score, the notes and the time in the viewer's zone.
 */
final class AttemptList extends Composite<Div> {

    final OrderedList items = new OrderedList();
    final Paragraph empty = new Paragraph();

    AttemptList() {
        Div root = getContent();
        root.addClassNames("gl-card", "gl-attempts");
        empty.setText(getTranslation("student.history.none"));
        root.add(new H2(getTranslation("student.history.title")), empty, items);
    }

    void show(List<AttemptRecord> attempts) {
        items.removeAll();
        for (AttemptRecord r : attempts) {
            ListItem item = new ListItem();
            item.addClassName("gl-attempt");
            item.getElement().setAttribute("data-verdict", r.verdict());
            Span head = new Span(getTranslation(
                    "student.history.head",
                    r.attemptNumber(),
                    getTranslation("exercise.verdict." + r.verdict()),
                    r.score() == null ? "–" : Percentages.of(r.score()),
                    ViewerZone.format(r.createdAt(), getLocale())));
            head.addClassName("gl-attempt-head");
            item.add(head);
            item.add(line("student.history.answer", r.answers()));
            if (!r.interpreted().isBlank()) {
                item.add(line("student.history.interpreted", r.interpreted()));
            }
            if (!r.notes().isEmpty()) {
                item.add(line("student.history.notes", String.join(", ", r.notes())));
            }
            if (r.late()) {
                item.add(line("student.history.late", ""));
            }
            items.add(item);
        }
        empty.setVisible(attempts.isEmpty());
        items.setVisible(!attempts.isEmpty());
    }

    private Div line(String key, String value) {
        Div line = new Div(new Span(getTranslation(key)), new Span(" " + value));
        line.addClassName("gl-attempt-line");
        return line;
    }
}
