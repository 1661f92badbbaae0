package org.gradientlab.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.gradientlab.api.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The configured per-client limit ({@link ApiTest#BURST} at once, {@link ApiTest#PER_MINUTE} per minute) answers 429
 * in the error shape with {@code Retry-After}; other clients are not affected.
 */
@ApiTest
class RateLimitTest {

    private final ApiClient api;

    RateLimitTest(@Autowired MockMvc mvc) {
        this.api = new ApiClient(mvc);
    }

    private static MockHttpServletRequestBuilder from(String address) {
        return MockMvcRequestBuilders.get("/api/v1/exercises").with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

    @Test
    void the_request_after_the_burst_is_429_with_retry_after() {
        for (int i = 0; i < ApiTest.BURST; i++) {
            assertThat(api.perform(from("203.0.113.7")).status())
                    .as("request " + (i + 1))
                    .isEqualTo(200);
        }

        Reply refused = api.perform(from("203.0.113.7"));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.message()).contains("Too many requests");
        // One token per 60 / PER_MINUTE = 10 s, so the wait is at most 10 s.
        assertThat(Long.parseLong(refused.response().getHeader(HttpHeaders.RETRY_AFTER)))
                .isBetween(1L, 10L);
        assertThat(refused.response().getContentType()).startsWith("application/json");
        assertThat(api.perform(from("203.0.113.8")).status()).isEqualTo(200);
    }

    @Test
    void post_endpoints_are_limited_too() {
        for (int i = 0; i < ApiTest.BURST; i++) {
            api.perform(MockMvcRequestBuilders.post("/api/v1/evaluate")
                    .content("{}")
                    .with(r -> {
                        r.setRemoteAddr("203.0.113.20");
                        return r;
                    }));
        }

        Reply refused = api.perform(MockMvcRequestBuilders.post("/api/v1/evaluate")
                .content("{\"expression\": \"x\", \"variables\": [\"x\"], \"at\": [1]}")
                .with(r -> {
                    r.setRemoteAddr("203.0.113.20");
                    return r;
                }));

        assertThat(refused.status()).isEqualTo(429);
    }
}
