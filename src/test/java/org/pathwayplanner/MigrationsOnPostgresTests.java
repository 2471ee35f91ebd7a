package org.pathwayplanner;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The same migrations that build the H2 demo database build the production PostgreSQL one. */
class MigrationsOnPostgresTests {

    @Test
    void migrationsApplyFromEmptyOnPostgresql() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            MigrateResult result = Flyway.configure()
                    .dataSource(postgres.getPostgresDatabase())
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();

            assertThat(result.success).isTrue();
            assertThat(result.migrationsExecuted).isPositive();
            Integer tables = new JdbcTemplate(postgres.getPostgresDatabase()).queryForObject(
                    "select count(*) from information_schema.tables where table_schema = 'public'"
                            + " and table_name in ('competency', 'student', 'evidence', 'credit_bundle', 'pathway_proposal')",
                    Integer.class);
            assertThat(tables).isEqualTo(5);
        }
    }
}
