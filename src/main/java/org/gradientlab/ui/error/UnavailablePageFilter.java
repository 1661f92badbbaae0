package org.gradientlab.ui.error;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.gradientlab.courses.DatabaseOutage;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * The "temporarily unavailable" page for a request that fails outside Vaadin because the database is unreachable:
 * above all the sign-in form, whose user lookup happens in Spring Security's filters. A plain 503 page in the
 * visitor's language with an incident id; the API ({@code /api/}) answers in its own error shape instead.
 */
class UnavailablePageFilter extends OncePerRequestFilter {

    private final I18NProvider translations;
    private final DatabaseOutage outages;

    UnavailablePageFilter(I18NProvider translations, DatabaseOutage outages) {
        this.translations = translations;
        this.outages = outages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
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
            String incident = IncidentIds.next();
            Outages.log(incident, request.getRequestURI(), e);
            byte[] page = page(request.getLocale(), incident, request.getContextPath() + "/")
                    .getBytes(StandardCharsets.UTF_8);
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "5");
            response.setContentType("text/html;charset=UTF-8");
            response.setContentLength(page.length);
            response.getOutputStream().write(page);
        }
    }

    private String page(Locale locale, String incident, String home) {
        String title = text("unavailable.title", locale);
        return "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                + " · Gradient Lab</title></head><body style=\"font-family: sans-serif; max-width: 40em; margin: 4em auto\">"
                + "<h1>" + title + "</h1><p>" + text("unavailable.text", locale) + "</p><p>"
                + text("unavailable.incident", locale, incident) + "</p><p><a href=\"" + HtmlUtils.htmlEscape(home)
                + "\">"
                + text("unavailable.retry", locale) + "</a></p></body></html>";
    }

    private String text(String key, Locale locale, Object... args) {
        return HtmlUtils.htmlEscape(translations.getTranslation(key, locale, args));
    }
}
