package org.gradientlab.ui.student;

import com.vaadin.flow.component.Component;
import org.gradientlab.courses.CoursesException;
import org.gradientlab.ui.i18n.CoursesRefusals;

/** A refusal of the courses module in the visitor's language: {@code student.refusal.<key>}, else its English. */
final class Refusals {

    private Refusals() {}

    static String text(Component component, CoursesException e) {
        return CoursesRefusals.text(component, "student.refusal.", e);
    }
}
