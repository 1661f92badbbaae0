package org.gradientlab.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.gradientlab.courses.DatabaseOutage;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 in the API's error shape when the database is unreachable before a controller runs: signing in with
 * HTTP Basic reads the user from the database, and its failure leaves the security filters as an exception.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

    private final ApiJson json;
    private final DatabaseOutage outages;

    DatabaseOutageFilter(ApiJson json, DatabaseOutage outages) {
        this.json = json;
        this.outages = outages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!outages.explains(e) || response.isCommitted()) {
                throw e;
            }
            ApiErrorHandler.logOutage(e);
            response.setHeader("Retry-After", ApiErrorHandler.RETRY_AFTER_SECONDS);
            ErrorWriter.write(response, json, HttpStatus.SERVICE_UNAVAILABLE, ApiErrorHandler.UNAVAILABLE);
        }
    }
}
