package org.gradientlab.courses;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The PostgreSQL server of the {@code *PostgresIT} tests: {@code GRADIENTLAB_TEST_DB_URL}, {@code _USER} and
 * {@code _PASSWORD}, by default a local database {@code gradientlab_test} of user {@code gradientlab} (which
 * {@code .ci/run} creates). An unreachable server fails the tests with this message; skip them explicitly with
 * {@code -DskipPostgresTests}.
 */
public final class PostgresTestDatabase {

    public static final String URL =
            env("GRADIENTLAB_TEST_DB_URL", "jdbc:postgresql://localhost:5432/gradientlab_test");
    public static final String USER = env("GRADIENTLAB_TEST_DB_USER", "gradientlab");
    public static final String PASSWORD = env("GRADIENTLAB_TEST_DB_PASSWORD", "gradientlab");

    private PostgresTestDatabase() {}

    /** Points the context at the server, after checking that it answers. */
    public static void register(DynamicPropertyRegistry registry) {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
            if (!c.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                throw new IllegalStateException(URL + " is not a PostgreSQL database");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "The PostgreSQL tests need a server at " + URL + " (user " + USER + "), which did not answer: "
                            + e.getMessage() + ". Start one and create the role and database as .ci/run does, set "
                            + "GRADIENTLAB_TEST_DB_URL/_USER/_PASSWORD, or skip these tests with -DskipPostgresTests.",
                    e);
        }
        registry.add("spring.datasource.url", () -> URL);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
        registry.add("spring.flyway.clean-disabled", () -> "false");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Each run starts from an empty schema, so that the migrations are applied as on a new server. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class CleanSchema {

        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return (Flyway flyway) -> {
                flyway.clean();
                flyway.migrate();
            };
        }
    }
}
