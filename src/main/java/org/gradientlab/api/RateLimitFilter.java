package org.gradientlab.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a client's request with 429 and {@code Retry-After} when its {@link RateLimiter} bucket is empty. The
 * client is the remote address (behind a proxy, configure Spring Boot's {@code server.forward-headers-strategy}
 * so that it is the real client's).
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter limiter;
    private final ApiJson json;

    RateLimitFilter(RateLimiter limiter, ApiJson json) {
        this.limiter = limiter;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long retryAfter = limiter.acquire(request.getRemoteAddr());
        if (retryAfter > 0) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
            ErrorWriter.write(
                    response,
                    json,
                    HttpStatus.TOO_MANY_REQUESTS,
                    "Too many requests from this client: try again in " + retryAfter + " s.");
            return;
        }
        chain.doFilter(request, response);
    }
}
