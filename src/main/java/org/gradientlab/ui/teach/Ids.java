package org.gradientlab.ui.teach;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;
import org.gradientlab.courses.CourseService;
import org.gradientlab.courses.CourseSummary;

/**
 * Ids in addresses, and the answer to one that names nothing the viewer teaches: "page not found", the same as for
 * an id that does not exist, so that the page does not tell which courses exist.
 */
final class Ids {

    private Ids() {}

    /** The id, or -1 (which names nothing) when the text is not one. */
    static long parse(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The course with this id when the viewer teaches it (as instructor or TA). */
    static Optional<CourseSummary> taught(CourseService courses, String actor, long id) {
        return courses.myCourses(actor).stream()
                .filter(c -> c.id() == id && c.membership().teaches())
                .findFirst();
    }

    static void reroute(BeforeEnterEvent event) {
        event.rerouteToError(NotFoundException.class);
    }
}
