package org.gradientlab.api;

import java.time.Clock;
import org.gradientlab.courses.DatabaseOutage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts the rate limit, then the size limit, then the database-outage answer in front of every request under
 * {@code /api/}, before Spring Security and Spring MVC read anything.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
class ApiConfiguration {

    private static final String API_PATTERN = "/api/*";

    @Bean
    FilterRegistrationBean<RateLimitFilter> apiRateLimitFilter(
            ApiProperties properties, ApiJson json, ObjectProvider<Clock> clock) {
        ApiProperties.RateLimit limit = properties.rateLimit();
        RateLimiter limiter =
                new RateLimiter(limit.requestsPerMinute(), limit.burst(), clock.getIfAvailable(Clock::systemUTC));
        FilterRegistrationBean<RateLimitFilter> registration =
                new FilterRegistrationBean<>(new RateLimitFilter(limiter, json));
        registration.addUrlPatterns(API_PATTERN);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Outside Spring Security's filters (order -100), so that it sees a sign-in that failed for want of a database. */
    @Bean
    FilterRegistrationBean<DatabaseOutageFilter> apiDatabaseOutageFilter(ApiJson json, DatabaseOutage outages) {
        FilterRegistrationBean<DatabaseOutageFilter> registration =
                new FilterRegistrationBean<>(new DatabaseOutageFilter(json, outages));
        registration.addUrlPatterns(API_PATTERN);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 12);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestSizeFilter> apiRequestSizeFilter(ApiProperties properties, ApiJson json) {
        FilterRegistrationBean<RequestSizeFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeFilter(properties.maxRequestBytes(), json));
        registration.addUrlPatterns(API_PATTERN);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
        return registration;
    }
}
