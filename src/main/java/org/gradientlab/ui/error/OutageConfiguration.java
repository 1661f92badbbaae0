package org.gradientlab.ui.error;

import com.vaadin.flow.i18n.I18NProvider;
import org.gradientlab.courses.DatabaseOutage;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts {@link UnavailablePageFilter} around Spring Security's filters (order -100), where sign-in happens. */
@Configuration(proxyBeanMethods = false)
class OutageConfiguration {

    @Bean
    FilterRegistrationBean<UnavailablePageFilter> unavailablePageFilter(
            I18NProvider translations, DatabaseOutage outages) {
        FilterRegistrationBean<UnavailablePageFilter> registration =
                new FilterRegistrationBean<>(new UnavailablePageFilter(translations, outages));
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
