package org.gradientlab.courses.durability;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.gradientlab.courses.PostgresTestDatabase;

/**
 * The kill -9 test on PostgreSQL through the {@code postgres} profile and its environment variables, as
 * {@code docker-compose.yml} runs it; the server is the one of the other PostgreSQL tests.
 */
class KillNineDurabilityPostgresIT extends KillNineDurabilityContract {

    @Override
    String label() {
        return "postgresql";
    }

    @Override
    void prepareEmptyDatabase(Path workDir) {
        Flyway.configure()
                .dataSource(PostgresTestDatabase.URL, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD)
                .cleanDisabled(false)
                .load()
                .clean();
    }

    @Override
    Map<String, String> environment() {
        return Map.of(
                "DB_URL", PostgresTestDatabase.URL,
                "DB_USER", PostgresTestDatabase.USER,
                "DB_PASSWORD", PostgresTestDatabase.PASSWORD);
    }

    @Override
    List<String> databaseArguments() {
        return List.of("--spring.profiles.active=postgres");
    }

    @Override
    Connection connect(Path workDir) throws SQLException {
        return DriverManager.getConnection(
                PostgresTestDatabase.URL, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD);
    }
}
