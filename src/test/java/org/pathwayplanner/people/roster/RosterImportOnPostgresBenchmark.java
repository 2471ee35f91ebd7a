package org.pathwayplanner.people.roster;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The roster import measured on PostgreSQL, the production database (the embedded server of the migration tests, on
 * the same machine), with the driver rewriting batches into multi-row inserts as docs/operations.md advises. Run with
 * {@code ./mvnw -Pbench test -Dtest=RosterImportOnPostgresBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest(properties = {
        "pathway-planner.demo.enabled=false",
        "pathway-planner.evaluate-on-start=false",
        "camunda.bpm.webapp.enabled=false",
        "camunda.bpm.process-engine-name=roster-bench-postgres",
        "logging.level.org.pathwayplanner=info"})
class RosterImportOnPostgresBenchmark extends RosterImportMeasurement {

    private static final EmbeddedPostgres POSTGRES = start();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url",
                () -> POSTGRES.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void stop() throws IOException {
        POSTGRES.close();
    }

    @Override
    String database() {
        return "PostgreSQL";
    }

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
