package org.gradientlab.api;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A token bucket per client: each holds at most {@code burst} tokens, refills continuously at
 * {@code requestsPerMinute}, and a request takes one token or is refused. Buckets that have refilled completely
 * carry no information, so they are dropped when many clients are tracked; memory stays bounded by the clients
 * active within the last {@code burst / rate}.
 */
final class RateLimiter {

    /** Beyond this many tracked clients, full buckets are dropped. */
    private static final int PURGE_THRESHOLD = 10_000;

    private final double tokensPerMilli;
    private final int burst;
    private final Clock clock;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(double requestsPerMinute, int burst, Clock clock) {
        if (!(requestsPerMinute > 0) || Double.isInfinite(requestsPerMinute) || burst < 1) {
            throw new IllegalArgumentException("the rate limit needs requests-per-minute > 0 and burst >= 1, got "
                    + requestsPerMinute + " and " + burst);
        }
        this.tokensPerMilli = requestsPerMinute / 60_000.0;
        this.burst = burst;
        this.clock = clock;
    }

    /**
     * Takes a token for {@code client}.
     *
     * @return 0 when the request may proceed, otherwise the whole seconds until a token is available (at least 1)
     */
    long acquire(String client) {
        long now = clock.millis();
        if (buckets.size() > PURGE_THRESHOLD) {
            buckets.values().removeIf(b -> b.isFull(now));
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
        return bucket.take(now);
    }

    /** The number of clients currently tracked. */
    int trackedClients() {
        return buckets.size();
    }

    private final class Bucket {
        private double tokens;
        private long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }

        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / tokensPerMilli / 1000.0));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= burst;
        }

        private void refill(long now) {
            if (now > updated) {
                tokens = Math.min(burst, tokens + (now - updated) * tokensPerMilli);
                updated = now;
            }
        }
    }
}
