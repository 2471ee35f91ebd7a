package org.pathwayplanner.progress;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pathwayplanner.rules.EvaluationFailure;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The students whose stored progress is stale: the rules in use could not evaluate them (a rule that threw, a rule
 * limit, an unknown calculation method). Their stored results stay as they were (what everybody sees, marked
 * stale); the mark goes as soon as an evaluation of the student succeeds again.
 */
@Component
class StaleResults {

    /** A stale student: since when, on which rules, and why. */
    record Stale(long studentId, String ruleSetVersion, String reason, Instant since) {
    }

    private static final String H2_MARK = "merge into student_progress_stale (student_id, rule_set_version, reason,"
            + " failed_at) key (student_id) values (?, ?, ?, ?)";
    private static final String POSTGRES_MARK = "insert into student_progress_stale (student_id, rule_set_version,"
            + " reason, failed_at) values (?, ?, ?, ?) on conflict (student_id) do update set"
            + " rule_set_version = excluded.rule_set_version, reason = excluded.reason, failed_at = excluded.failed_at";

    private final JdbcTemplate jdbc;
    private final String mark;

    StaleResults(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.mark = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName())
                .toLowerCase().contains("postgres") ? POSTGRES_MARK : H2_MARK;
    }

    void markAll(Collection<EvaluationFailure> failures, Instant at) {
        if (failures.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(failures.size());
        for (EvaluationFailure failure : failures) {
            rows.add(new Object[] {failure.studentId(), failure.ruleSetVersion(), failure.reason(), Timestamp.from(at)});
        }
        jdbc.batchUpdate(mark, rows);
    }

    void mark(EvaluationFailure failure, Instant at) {
        markAll(List.of(failure), at);
    }

    /** The students evaluated successfully are stale no more. */
    void clear(Collection<Long> studentIds) {
        if (studentIds.isEmpty()) {
            return;
        }
        String in = String.join(",", studentIds.stream().map(id -> "?").toList());
        jdbc.update("delete from student_progress_stale where student_id in (" + in + ")", studentIds.toArray());
    }

    Optional<Stale> of(long studentId) {
        return jdbc.query("select student_id, rule_set_version, reason, failed_at from student_progress_stale"
                + " where student_id = ?", (rs, i) -> stale(rs), studentId).stream().findFirst();
    }

    /** Every stale student, the longest stale first; a handful while the rules are broken, none otherwise. */
    List<Stale> all() {
        return jdbc.query("select student_id, rule_set_version, reason, failed_at from student_progress_stale"
                + " order by failed_at, student_id", (rs, i) -> stale(rs));
    }

    /** The ids of the stale students (a recomputation clears those it evaluates successfully). */
    Set<Long> studentIds() {
        return new java.util.HashSet<>(jdbc.queryForList("select student_id from student_progress_stale", Long.class));
    }

    private static Stale stale(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Stale(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant());
    }
}
