package org.gradientlab.ui.error;

import org.gradientlab.courses.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log entry of a request that met an unreachable database: one line with the incident id and the innermost
 * cause. An outage is an expected condition, not a bug, so its stack trace (the same for every request while it
 * lasts) is left out.
 */
final class Outages {

    private static final Logger LOG = LoggerFactory.getLogger(Outages.class);

    private Outages() {}

    static void log(String incident, String where, Throwable thrown) {
        LOG.warn(
                "Incident {} in {}: the database is unavailable ({})", incident, where, DatabaseOutage.summary(thrown));
    }
}
