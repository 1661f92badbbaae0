package org.gradientlab.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The API's configurable limits ({@code gradientlab.api.*}).
 *
 * @param maxRequestBytes the largest request body accepted; larger ones are refused with 400 before they are parsed
 * @param rateLimit       the per-client rate limit
 */
@ConfigurationProperties("gradientlab.api")
record ApiProperties(
        @DefaultValue("65536") long maxRequestBytes,
        @DefaultValue RateLimit rateLimit) {

    /**
     * A token bucket per client address: {@code burst} requests at once, refilled at {@code requestsPerMinute};
     * a request finding the bucket empty is refused with 429. A load test raises both.
     *
     * @param requestsPerMinute the sustained rate per client
     * @param burst             how many requests a client may make at once
     */
    record RateLimit(
            @DefaultValue("600") double requestsPerMinute,
            @DefaultValue("120") int burst) {}
}
