package org.pathwayplanner.people.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** New roster rows go to PostgreSQL with COPY: every value arrives as it was, nulls stay nulls, and a bad row undoes all. */
class RowLoaderOnPostgresTests {

    static EmbeddedPostgres postgres;
    static JdbcTemplate jdbc;

    @BeforeAll
    static void database() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration").load()
                .migrate();
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        jdbc.update("insert into school (id, code, name) values (1, 'T', 'Test school')");
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void valuesArriveExactlyAsGivenWithNullsEmptyTextQuotesCommasAndAccents() {
        new RowLoader(jdbc).insert("user_account", "username, password_hash, display_name, role, enabled, email",
                List.of(new Object[] {"ana.pena", "x", "Ana \"La\" Peña, Jr.", "STUDENT", true, null},
                        new Object[] {"bo", "x", "Bo\nNewline", "GUARDIAN", false, ""}));

        Map<String, Object> ana = jdbc.queryForMap("select * from user_account where username = 'ana.pena'");
        assertThat(ana.get("display_name")).isEqualTo("Ana \"La\" Peña, Jr.");
        assertThat(ana.get("enabled")).isEqualTo(true);
        assertThat(ana.get("email")).isNull();
        Map<String, Object> bo = jdbc.queryForMap("select * from user_account where username = 'bo'");
        assertThat(bo.get("display_name")).isEqualTo("Bo\nNewline");
        assertThat(bo.get("enabled")).isEqualTo(false);
        assertThat(bo.get("email")).isEqualTo("");
    }

    @Test
    void datesNumbersAndMissingForeignKeysLoad() {
        new RowLoader(jdbc).insert("student", "account_id, student_number, first_name, last_name, date_of_birth,"
                        + " grade_level, graduation_year, school_id, sourced_id",
                List.<Object[]>of(new Object[] {null, "S-COPY-1", "Zoë", "Ngũgĩ", Date.valueOf(LocalDate.of(2010, 2, 28)),
                        10, 2029, 1L, "st-copy-1"}));

        Map<String, Object> row = jdbc.queryForMap("select * from student where sourced_id = 'st-copy-1'");
        assertThat(row.get("account_id")).isNull();
        assertThat(row.get("first_name")).isEqualTo("Zoë");
        assertThat(row.get("date_of_birth")).hasToString("2010-02-28");
        assertThat(row.get("grade_level")).isEqualTo(10);
    }

    @Test
    void aRowTheDatabaseRefusesUndoesTheWholeTransaction() {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            rows.add(new Object[] {"bulk" + i, "x", "Bulk " + i, "STUDENT", true, null});
        }
        rows.add(new Object[] {"bulk-bad", "x", "Bad role", "PRINCIPAL", true, null});
        TransactionTemplate transaction = new TransactionTemplate(
                new DataSourceTransactionManager(postgres.getPostgresDatabase()));

        assertThatThrownBy(() -> transaction.executeWithoutResult(status ->
                new RowLoader(new JdbcTemplate(postgres.getPostgresDatabase())).insert("user_account",
                        "username, password_hash, display_name, role, enabled, email", rows)))
                .isInstanceOf(DataAccessException.class);
        assertThat(jdbc.queryForObject("select count(*) from user_account where username like 'bulk%'", Long.class))
                .isZero();
    }
}
