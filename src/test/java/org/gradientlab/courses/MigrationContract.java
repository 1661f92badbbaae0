package org.gradientlab.courses;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * The Flyway migrations apply on the database under test and Hibernate's {@code validate} accepts the schema they
 * make (the context would not start otherwise; the test checks that validation was the mode in force).
 */
abstract class MigrationContract {

    @Autowired
    Flyway flyway;

    @Autowired
    EntityManagerFactory entities;

    @Autowired
    Environment environment;

    @Test
    void the_migrations_apply_and_hibernate_validates_the_schema() {
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied())
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.getState().isFailed()).isFalse())
                .extracting(MigrationInfo::getScript)
                .contains("V1__courses.sql");
        assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
        assertThat(entities.getMetamodel().getEntities()).hasSize(11);
    }
}
