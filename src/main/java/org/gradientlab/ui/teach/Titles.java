package org.gradientlab.ui.teach;

import com.vaadin.flow.component.Component;
import org.gradientlab.exercises.Exercise;

/** Exercise titles in the viewer's language, with the catalogue's English where there is no translation. */
final class Titles {

    private Titles() {}

    static String exercise(Component owner, Exercise exercise) {
        String key = "exercise." + exercise.id() + ".title";
        String text = owner.getTranslation(key);
        return text.equals("!" + key) ? exercise.title() : text;
    }
}
