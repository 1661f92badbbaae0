package org.gradientlab.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The token bucket per client, on a clock the test moves by hand. */
class RateLimiterTest {

    /** A clock that stands still until {@link #advance} moves it. */
    private static final class ManualClock extends Clock {
        private long millis;

        void advance(long ms) {
            millis += ms;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }
    }

    private final ManualClock clock = new ManualClock();

    @Test
    void a_client_may_make_burst_requests_at_once_and_then_must_wait() {
        RateLimiter limiter = new RateLimiter(60, 3, clock);

        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isZero();
        // 60 per minute is one token per second: the fourth request must wait 1 s.
        assertThat(limiter.acquire("a")).isEqualTo(1);
    }

    @Test
    void tokens_refill_at_the_configured_rate() {
        RateLimiter limiter = new RateLimiter(6, 1, clock);
        limiter.acquire("a");

        // 6 per minute is one token per 10 s.
        assertThat(limiter.acquire("a")).isEqualTo(10);
        clock.advance(4_000);
        assertThat(limiter.acquire("a")).isEqualTo(6);
        clock.advance(6_000);
        assertThat(limiter.acquire("a")).isZero();
    }

    @Test
    void clients_have_separate_buckets() {
        RateLimiter limiter = new RateLimiter(60, 1, clock);

        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isPositive();
        assertThat(limiter.acquire("b")).isZero();
    }

    @Test
    void a_refused_request_takes_no_token() {
        RateLimiter limiter = new RateLimiter(60, 1, clock);
        limiter.acquire("a");
        for (int i = 0; i < 5; i++) {
            limiter.acquire("a");
        }

        clock.advance(1_000);
        assertThat(limiter.acquire("a")).isZero();
    }

    @Test
    void idle_clients_are_forgotten_when_many_are_tracked() {
        RateLimiter limiter = new RateLimiter(600, 2, clock);
        for (int i = 0; i <= 10_000; i++) {
            limiter.acquire("client-" + i);
        }
        assertThat(limiter.trackedClients()).isEqualTo(10_001);

        // After 1 s every bucket (10 tokens per second, 2 at most) is full again and carries no information.
        clock.advance(1_000);
        limiter.acquire("newcomer");
        assertThat(limiter.trackedClients()).isEqualTo(1);
    }

    @Test
    void a_rate_or_burst_that_cannot_admit_requests_is_refused_at_start_up() {
        assertThatThrownBy(() -> new RateLimiter(0, 10, clock)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimiter(60, 0, clock)).isInstanceOf(IllegalArgumentException.class);
    }
}
