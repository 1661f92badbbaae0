package org.gradientlab.platform;

import org.gradientlab.courses.DemoData;
import org.gradientlab.courses.FirstAdmin;
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
 * {@code production} profile is active or {@code gradientlab.demo.enabled} is false; then an empty database gets
 * only its first admin ({@link FirstAdmin}), with the password {@code gradientlab.admin.initial-password} or a
 * generated one printed once (unless {@code gradientlab.admin.create-first} is false, as in the tests).
 */
@Component
class DemoDataLoader implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoData demo;
    private final LoadTestStudents loadTestStudents;
    private final FirstAdmin firstAdmin;
    private final Environment environment;

    DemoDataLoader(DemoData demo, LoadTestStudents loadTestStudents, FirstAdmin firstAdmin, Environment environment) {
        this.demo = demo;
        this.loadTestStudents = loadTestStudents;
        this.firstAdmin = firstAdmin;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (environment.acceptsProfiles(Profiles.of("production"))
                || !environment.getProperty("gradientlab.demo.enabled", Boolean.class, false)) {
            if (!environment.getProperty("gradientlab.admin.create-first", Boolean.class, true)) {
                return;
            }
            String configured = environment.getProperty("gradientlab.admin.initial-password");
            firstAdmin.createIfNoAccounts(configured).ifPresent(admin -> {
                if (configured == null || configured.isBlank()) {
                    LOG.warn(
                            "No accounts yet: created the admin '{}' with the one-time password {} — sign in at"
                                    + " /login, create the instructors, and keep this password safe",
                            admin.username(),
                            admin.password());
                } else {
                    LOG.info(
                            "No accounts yet: created the admin '{}' with the configured password"
                                    + " (gradientlab.admin.initial-password)",
                            admin.username());
                }
            });
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
