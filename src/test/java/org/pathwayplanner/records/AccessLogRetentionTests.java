package org.pathwayplanner.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Lines older than the retention (five years by default) are purged; running the purge again purges nothing. */
@PlannerTest
class AccessLogRetentionTests {

    @Autowired
    AccessLogRetention retention;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void linesOlderThanTheRetentionGoAndASecondRunIsHarmless() {
        Instant cutoff = retention.cutoff();
        long old = line(cutoff.minus(Duration.ofDays(1)));
        long kept = line(cutoff.plus(Duration.ofDays(1)));

        int first = retention.purge();
        int second = retention.purge();

        assertThat(first).isGreaterThanOrEqualTo(1);
        assertThat(second).isZero();
        assertThat(exists(old)).isFalse();
        assertThat(exists(kept)).isTrue();
        assertThat(cutoff).isBefore(Instant.now().minus(Duration.ofDays(5 * 365)));
    }

    private long line(Instant at) {
        jdbc.update("""
                insert into student_record_access (accessed_at, student_id, username, role, action, http_method, route,
                                                   status) values (?, 1, 'counselor1', 'COUNSELOR', 'READ', 'GET',
                                                   '/students/{id}', 200)""", Timestamp.from(at));
        return jdbc.queryForObject("select max(id) from student_record_access", Long.class);
    }

    private boolean exists(long id) {
        return jdbc.queryForObject("select count(*) from student_record_access where id = ?", Integer.class, id) > 0;
    }
}
