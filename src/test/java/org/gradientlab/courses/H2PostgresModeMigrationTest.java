package org.gradientlab.courses;

import org.springframework.boot.test.context.SpringBootTest;

/** The migrations and schema validation on H2 in PostgreSQL mode, as the embedded default database runs it. */
@SpringBootTest(
        properties =
                "spring.datasource.url=jdbc:h2:mem:pgmode-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class H2PostgresModeMigrationTest extends MigrationContract {}
