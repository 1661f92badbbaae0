package org.gradientlab.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The whole application (Vaadin included) on a random port, with MockMvc. Every test shares this one context. The
 * rate limit is low (burst {@value #BURST}) so that it can be reached; MockMvc requests therefore come from a fresh
 * client address each unless a test sets one, as {@code RateLimitTest} does.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "gradientlab.api.rate-limit.burst=" + ApiTest.BURST,
            "gradientlab.api.rate-limit.requests-per-minute=" + ApiTest.PER_MINUTE,
            "gradientlab.api.max-request-bytes=" + ApiTest.MAX_BYTES,
            // Vaadin scans only these packages (as the site's configuration does), which saves seconds at start-up.
            "vaadin.allowed-packages=com.vaadin,org.gradientlab"
        })
@AutoConfigureMockMvc
@Import(ApiTest.FreshClients.class)
public @interface ApiTest {

    int BURST = 20;
    int PER_MINUTE = 6;
    int MAX_BYTES = 65536;

    /** Gives each MockMvc request its own client address (10.x.y.z), so tests do not share a rate-limit bucket. */
    @TestConfiguration(proxyBeanMethods = false)
    class FreshClients {

        private static final AtomicInteger NEXT = new AtomicInteger();

        @Bean
        MockMvcBuilderCustomizer freshClientAddresses() {
            return builder ->
                    builder.defaultRequest(MockMvcRequestBuilders.get("/").with(request -> {
                        int n = NEXT.incrementAndGet();
                        request.setRemoteAddr("10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255));
                        return request;
                    }));
        }
    }
}
