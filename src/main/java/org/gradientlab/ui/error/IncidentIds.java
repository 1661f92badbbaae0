package org.gradientlab.ui.error;

import java.util.UUID;

/** Short ids that tie what a visitor sees to the log entry with the details. */
final class IncidentIds {

    private IncidentIds() {}

    static String next() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
