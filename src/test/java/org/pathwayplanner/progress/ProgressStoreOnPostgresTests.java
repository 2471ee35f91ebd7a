package org.pathwayplanner.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Instant;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.rules.Evaluation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The freshness guard of the stored evaluations holds on PostgreSQL too (its upsert is written differently), and the
 * summary kept apart from the payload follows the stored evaluation.
 */
class ProgressStoreOnPostgresTests {

    @Test
    void anOlderEvaluationDoesNotOverwriteAFresherOneOnPostgresql() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration").load()
                    .migrate();
            JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
            jdbc.update("insert into school (id, code, name) values (1, 'T', 'Test school')");
            jdbc.update("""
                    insert into student (id, student_number, first_name, last_name, date_of_birth, grade_level,
                                         graduation_year, school_id)
                    values (1, 'S1', 'Ana', 'Test', date '2010-01-01', 10, 2029, 1)""");
            ProgressStore store = new ProgressStore(jdbc, JsonMapper.builder().findAndAddModules().build(),
                    new DataSourceTransactionManager(postgres.getPostgresDatabase()));
            Instant nine = Instant.parse("2026-11-24T09:00:00Z");
            Instant ten = Instant.parse("2026-11-24T10:00:00Z");

            assertThat(store.save(new ProgressStore.Stamped(named("single student, new score"), 501, nine), nine)).isTrue();
            assertThat(store.saveAll(List.of(new ProgressStore.Stamped(named("stale batch"), 500, ten)), ten)).isZero();
            assertThat(store.save(new ProgressStore.Stamped(named("earlier"), 501, Instant.EPOCH), ten)).isFalse();
            assertThat(version(jdbc)).isEqualTo("single student, new score");
            assertThat(summaryVersion(jdbc)).isEqualTo("single student, new score");

            assertThat(store.save(new ProgressStore.Stamped(named("fresher"), 501, ten), ten)).isTrue();
            assertThat(version(jdbc)).isEqualTo("fresher");
            assertThat(summaryVersion(jdbc)).isEqualTo("fresher");
            assertThat(store.load(1).orElseThrow().evaluation().ruleSetVersion()).isEqualTo("fresher");
        }
    }

    private static String version(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select rule_set_version from student_progress where student_id = 1", String.class);
    }

    /** The summary the lists read, kept apart from the payload (its upsert is written differently too). */
    private static String summaryVersion(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select rule_set_version from student_progress_summary where student_id = 1",
                String.class);
    }

    private static Evaluation named(String version) {
        return new Evaluation(1, version, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null, List.of(), List.of(), List.of());
    }
}
