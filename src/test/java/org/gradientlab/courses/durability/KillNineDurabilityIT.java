package org.gradientlab.courses.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** The kill -9 test on the embedded default: the H2 file database under the working directory's {@code ./data}. */
class KillNineDurabilityIT extends KillNineDurabilityContract {

    @Override
    String label() {
        return "h2-file";
    }

    @Override
    void prepareEmptyDatabase(Path workDir) {
        // A fresh working directory has no ./data yet: the application creates the database there.
    }

    @Override
    Map<String, String> environment() {
        return Map.of();
    }

    @Override
    List<String> databaseArguments() throws IOException {
        // The application's default URL, from the main application.properties: on the test class path,
        // config/application.properties would otherwise replace it with an in-memory database.
        Properties main = new Properties();
        try (InputStream in = KillNineDurabilityIT.class.getResourceAsStream("/application.properties")) {
            main.load(in);
        }
        String url = main.getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:./data/");
        return List.of("--spring.datasource.url=" + url);
    }

    @Override
    Connection connect(Path workDir) throws SQLException {
        // The application's own URL (application.properties), from its working directory; IFEXISTS so that a wrong
        // path fails instead of opening an empty database.
        return DriverManager.getConnection(
                "jdbc:h2:file:" + workDir.resolve("data/gradientlab").toAbsolutePath()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;IFEXISTS=TRUE",
                "sa",
                "");
    }
}
