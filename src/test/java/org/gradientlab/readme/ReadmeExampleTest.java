package org.gradientlab.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReadmeExampleTest {

    @Test
    void the_readme_shows_what_the_engine_example_prints() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        ReadmeExample.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String printed = buffer.toString(StandardCharsets.UTF_8).strip();

        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme).contains(printed);
    }

    @Test
    void the_example_reproduces_the_course_figures() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        ReadmeExample.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        // de/da = (b + 2a)/(ab + a²) = 7/10 and de/db = a/(ab + a²) = 2/10 at a = 2, b = 3;
        // Adam needs 1346 updates to reach f < 0.01 (reference case s000-rosenbrock-adam-torch).
        assertThat(buffer.toString(StandardCharsets.UTF_8))
                .contains("de/da = 0.7000", "de/db = 0.2000", "threshold after 1346 steps");
    }
}
