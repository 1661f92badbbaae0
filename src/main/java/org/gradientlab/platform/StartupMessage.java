package org.gradientlab.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells the console where to open the site once it is ready to serve. */
@Component
class StartupMessage {

    private static final Logger LOG = LoggerFactory.getLogger(StartupMessage.class);

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        Environment environment = event.getApplicationContext().getEnvironment();
        String port = environment.getProperty("local.server.port");
        if (port == null) {
            return;
        }
        String contextPath = environment.getProperty("server.servlet.context-path", "");
        LOG.info("Gradient Lab is ready: open http://localhost:{}{}/ in your browser", port, contextPath);
    }
}
