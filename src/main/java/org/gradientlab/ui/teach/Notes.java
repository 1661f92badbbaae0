package org.gradientlab.ui.teach;

import com.vaadin.flow.component.Component;

/** A misconception note key as a short label in the viewer's language; an unknown key shows as itself. */
final class Notes {

    private Notes() {}

    static String label(Component owner, String note) {
        String key = "teach.note." + note;
        String text = owner.getTranslation(key);
        return text.equals("!" + key) ? note : text;
    }
}
