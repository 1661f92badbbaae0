package org.gradientlab.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.gradientlab.api.ApiClient.Reply;

/** What every fuzzed reply must satisfy: never a 5xx; a refusal in the error shape; a success as JSON. */
public final class FuzzAssertions {

    private FuzzAssertions() {}

    /**
     * @return whether the reply was a success (2xx)
     */
    public static boolean assertWellFormed(Reply reply, String request) {
        assertThat(reply.status())
                .as("status for %s%n→ %s", request, reply.text())
                .isLessThan(500);
        assertThat(reply.body())
                .as("JSON body for %s%n→ %s", request, reply.text())
                .isNotNull();
        if (reply.status() >= 400) {
            assertThat(reply.status()).as(request).isIn(400, 401, 404, 405);
            assertThat(reply.body().path("error").path("message").asString())
                    .as(request)
                    .isNotBlank();
            return false;
        }
        return true;
    }
}
