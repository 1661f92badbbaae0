package org.gradientlab.platform;

import org.gradientlab.courses.DemoData;
import org.gradientlab.courses.LoadTestStudents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with the demo content and says on the console how to sign in, unless the
 * {@code production} profile is active or {@code gradientlab.demo.enabled} is false.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoData demo;
    private final LoadTestStudents loadTestStudents;
    private final Environment environment;

    DemoDataLoader(DemoData demo, LoadTestStudents loadTestStudents, Environment environment) {
        this.demo = demo;
        this.loadTestStudents = loadTestStudents;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (environment.acceptsProfiles(Profiles.of("production"))
                || !environment.getProperty("gradientlab.demo.enabled", Boolean.class, false)) {
            return;
        }
        if (demo.createIfEmpty()) {
            LOG.info("Created the demo course, its published assignment and the demo accounts");
        }
        int loadStudents = environment.getProperty("gradientlab.demo.load-students", Integer.class, 0);
        if (loadStudents > 0 && demo.present()) {
            int created = loadTestStudents.ensure(loadStudents);
            LOG.info(
                    "Load-test students {} … {} in the demo course ({} created now), password of the demo students",
                    LoadTestStudents.username(1),
                    LoadTestStudents.username(loadStudents),
                    created);
        }
        if (demo.present()) {
            StringBuilder text = new StringBuilder("Demo accounts (sign in at /login; the passwords are public, "
                    + "so never use the demo in production):");
            for (DemoData.Account a : DemoData.ACCOUNTS) {
                text.append(System.lineSeparator())
                        .append(String.format("  %-10s %-20s %s", a.username(), a.password(), a.role()));
            }
            LOG.info("{}", text);
        }
    }
}
