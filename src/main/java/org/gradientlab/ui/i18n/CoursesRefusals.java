package org.gradientlab.ui.i18n;

import com.vaadin.flow.component.Component;
import org.gradientlab.courses.CoursesException;

/**
 * A refusal of the courses services in the visitor's language: the page's {@code <prefix><reason>} text with the
 * refusal's arguments (as written, so that an id is not grouped like a number), or the service's English where the
 * language lacks the text. It describes the request, so pages show it as it is, never as an error of the site.
 */
public final class CoursesRefusals {

    private CoursesRefusals() {}

    /**
     * @param prefix the page's keys, e.g. {@code "student.refusal."}; the reason's own key follows without its
     *     {@code courses.}
     */
    public static String text(Component component, String prefix, CoursesException e) {
        String key = prefix + e.reason().key().substring("courses.".length());
        Object[] args = e.args().stream().map(String::valueOf).toArray();
        String text = component.getTranslation(key, args);
        return text.startsWith("!") ? e.getMessage() : text;
    }
}
