package org.gradientlab.courses;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The courses services and the migrations on a real PostgreSQL server (see {@link PostgresTestDatabase}). */
@SpringBootTest
@Import({CoursesTestConfiguration.class, PostgresTestDatabase.CleanSchema.class})
class CoursesServicePostgresIT extends CoursesContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
