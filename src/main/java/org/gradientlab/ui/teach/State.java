package org.gradientlab.ui.teach;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** An assignment's visibility as a badge: a draft only those who teach see, or published to the students. */
final class State {

    private State() {}

    static Span badge(Component owner, boolean published) {
        Span badge =
                new Span(owner.getTranslation(published ? "teach.assignment.published" : "teach.assignment.draft"));
        badge.getElement().getThemeList().add(published ? "badge success" : "badge contrast");
        return badge;
    }
}
