package org.gradientlab.ui.teach;

import com.vaadin.flow.component.Component;

/** Copies a text to the viewer's clipboard and says so. */
final class Clipboard {

    private Clipboard() {}

    static void copy(Component source, String text) {
        source.getElement().executeJs("return navigator.clipboard.writeText($0)", text);
        Notices.done(source, "teach.copied");
    }
}
