package org.gradientlab.platform;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.gradientlab.courses.AccountService;
import org.gradientlab.courses.DatabaseOutage;
import org.gradientlab.courses.DatabaseUnavailableException;
import org.gradientlab.ui.login.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may do what. The site is open: every page allows anonymous visitors (practice mode); Vaadin's navigation
 * access control checks each view's annotation. The JSON API under {@code /api/} has a chain of its own: no CSRF
 * (it is not a cookie-driven form), HTTP Basic for API clients or the site's session when called from the site,
 * and errors in the API's JSON shape. Course data needs a signed-in user; the courses services check the rest.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    /**
     * Only the frame, plug-in and base-URL directives: Vaadin's client needs inline scripts and styles, so a
     * script-src policy would need 'unsafe-inline' and buy little.
     */
    static final String CONTENT_SECURITY_POLICY = "frame-ancestors 'self'; object-src 'none'; base-uri 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        // BCrypt, stored with its {bcrypt} prefix so that a later encoder can take over without a migration.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Checks usernames and passwords against the accounts. A sign-in that fails because the database cannot be
     * reached is not a wrong password: Spring Security reports both as a failed authentication (HTTP Basic would
     * answer 401, the login form "wrong username or password"), so the outage leaves here as a
     * {@link DatabaseUnavailableException}, which is no authentication failure and passes the security filters to
     * the outage filters outside them ("temporarily unavailable", 503).
     */
    @Bean
    AuthenticationProvider authenticationProvider(
            AccountService accounts, PasswordEncoder passwordEncoder, DatabaseOutage outages) {
        UserDetailsService users = username -> accounts.login(username)
                .map(l -> User.withUsername(l.username())
                        .password(l.passwordHash())
                        .roles(l.role().name())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        DaoAuthenticationProvider checked = new DaoAuthenticationProvider(users);
        checked.setPasswordEncoder(passwordEncoder);
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                try {
                    return checked.authenticate(authentication);
                } catch (InternalAuthenticationServiceException e) {
                    if (outages.explains(e)) {
                        throw new DatabaseUnavailableException(e);
                    }
                    throw e;
                }
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return checked.supports(authentication);
            }
        };
    }

    /**
     * A request the firewall refuses (an encoded NUL or a path trick) is a 400: in the API's error shape under
     * {@code /api/}, a plain 400 elsewhere.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, e) -> {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                error(response, HttpServletResponse.SC_BAD_REQUEST, "This address cannot be read.");
            } else {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            }
        };
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.requestMatchers("/api/v1/courses/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .httpBasic(b -> b.authenticationEntryPoint((request, response, e) -> unauthorized(response)))
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, x) -> unauthorized(response))
                        .accessDeniedHandler((request, response, x) ->
                                error(response, HttpServletResponse.SC_FORBIDDEN, "You may not do this.")))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER));
        headers(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain siteSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a ->
                a.requestMatchers("/actuator/health", "/actuator/health/**").permitAll());
        headers(http);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(any -> any.permitAll()));
        return http.build();
    }

    private static void headers(HttpSecurity http) throws Exception {
        http.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(f -> f.sameOrigin()));
    }

    private static void unauthorized(HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Gradient Lab\"");
        error(response, HttpServletResponse.SC_UNAUTHORIZED, "Sign in (HTTP Basic or the site's session) to use this.");
    }

    /** The API's error shape, {@code {"error": {"message": …}}}; the messages here need no JSON escaping. */
    private static void error(HttpServletResponse response, int status, String message) throws IOException {
        byte[] body = ("{\"error\":{\"message\":\"" + message + "\"}}").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
