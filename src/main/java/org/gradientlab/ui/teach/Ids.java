package org.gradientlab.ui.teach;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;

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

    static void reroute(BeforeEnterEvent event) {
        event.rerouteToError(NotFoundException.class);
    }
}
