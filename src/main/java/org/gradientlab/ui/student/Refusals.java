package org.gradientlab.ui.student;

import com.vaadin.flow.component.Component;
import org.gradientlab.courses.CoursesException;

/** A refusal of the courses module in the visitor's language: {@code student.refusal.<key>}, else its English. */
final class Refusals {

    private Refusals() {}

    static String text(Component component, CoursesException e) {
        String key = "student.refusal." + e.reason().key().replaceFirst("^courses\\.", "");
        String text = component.getTranslation(key, e.args().toArray());
        return text.startsWith("!") ? e.getMessage() : text;
    }
}
