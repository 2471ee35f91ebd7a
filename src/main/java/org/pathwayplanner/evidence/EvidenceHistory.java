package org.pathwayplanner.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.pathwayplanner.people.PeopleDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;

/** Reads a student's body of evidence, with corrections and the records they superseded. */
@Service
public class EvidenceHistory {

    /** One score as the rules see it: ordered by the evidence's date, flagged when superseded. */
    public record ScoreRow(long studentId, long evidenceId, long scoreId, Long objectiveId, Long competencyId, int level,
            LocalDate assessedOn, boolean superseded) {
    }

    public record EvidenceView(long id, String kind, String title, LocalDate assessedOn, Instant recordedAt,
            String assessorName, String comment, String link, Long supersedesId, Long supersededById,
            List<ScoreView> scores, boolean withdrawn) {

        /** No longer counting: corrected by a newer record, or withdrawn (an undone import). */
        public boolean isSuperseded() {
            return supersededById != null;
        }
    }

    public record ScoreView(Long objectiveId, Long competencyId, int level) {

        /** {@code o<objective id>} or {@code c<competency id>}, as {@link Score#key()}. */
        public String key() {
            return objectiveId != null ? "o" + objectiveId : "c" + competencyId;
        }
    }

    private static final String SCORES = """
            select e.student_id, e.id, s.id, s.objective_id, s.competency_id, s.level_value, e.assessed_on,
                   case when n.id is null then false else true end
              from evidence e
              join evidence_score s on s.evidence_id = e.id
              left join evidence n on n.supersedes_id = e.id
            """;

    private final JdbcTemplate jdbc;
    private final PeopleDirectory people;

    EvidenceHistory(JdbcTemplate jdbc, PeopleDirectory people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    /** Every score of the student, superseded ones flagged, oldest evidence first. */
    public List<ScoreRow> scoresOf(long studentId) {
        return jdbc.query(SCORES + " where e.student_id = ? order by e.assessed_on, e.id, s.id",
                (rs, i) -> row(rs), studentId);
    }

    /**
     * Streams every score of the district in student order, one student's rows together, without
     * holding them all in memory: the batch evaluation reads the district through this.
     */
    public void streamAllScores(Consumer<ScoreRow> consumer) {
        jdbc.query(con -> {
            var statement = con.prepareStatement(SCORES + " order by e.student_id, e.assessed_on, e.id, s.id",
                    java.sql.ResultSet.TYPE_FORWARD_ONLY, java.sql.ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(5_000);
            return statement;
        }, (RowCallbackHandler) rs -> consumer.accept(row(rs)));
    }

    /**
     * As {@link #streamAllScores}, for the students whose ids are from {@code firstStudentId} to
     * {@code lastStudentId}: one partition of a district recomputation.
     */
    public void streamScoresBetween(long firstStudentId, long lastStudentId, Consumer<ScoreRow> consumer) {
        jdbc.query(con -> {
            var statement = con.prepareStatement(SCORES
                    + " where e.student_id between ? and ? order by e.student_id, e.assessed_on, e.id, s.id",
                    java.sql.ResultSet.TYPE_FORWARD_ONLY, java.sql.ResultSet.CONCUR_READ_ONLY);
            statement.setLong(1, firstStudentId);
            statement.setLong(2, lastStudentId);
            statement.setFetchSize(5_000);
            return statement;
        }, (RowCallbackHandler) rs -> consumer.accept(row(rs)));
    }

    /** The student an evidence record belongs to. */
    public java.util.Optional<Long> studentOf(long evidenceId) {
        return jdbc.queryForList("select student_id from evidence where id = ?", Long.class, evidenceId).stream()
                .findFirst();
    }

    /** The student's evidence, newest first, each with its scores and what it superseded or was superseded by. */
    public List<EvidenceView> historyOf(long studentId) {
        return history("e.student_id = ?", studentId);
    }

    /** The newest {@code count} evidence records of the student, as in {@link #historyOf}, read without the rest. */
    public List<EvidenceView> recentOf(long studentId, int count) {
        return history("""
                e.id in (select r.id from evidence r where r.student_id = ?
                          order by r.assessed_on desc, r.id desc fetch first ? rows only)""", studentId, count);
    }

    /**
     * The evidence matching the condition with its scores, in one query, and the assessors' names from the people
     * module in one more, however many records the page shows.
     */
    private List<EvidenceView> history(String condition, Object... arguments) {
        Map<Long, Recorded> byId = new LinkedHashMap<>();
        jdbc.query("""
                select e.id, e.kind, e.title, e.assessed_on, e.recorded_at,
                       e.assessor_id, e.comment, e.link, e.supersedes_id, n.id,
                       s.objective_id, s.competency_id, s.level_value,
                       case when n.id is not null
                             and not exists (select 1 from evidence_score ns where ns.evidence_id = n.id)
                            then true else false end
                  from evidence e
                  join evidence_score s on s.evidence_id = e.id
                  left join evidence n on n.supersedes_id = e.id
                """ + " where " + condition + " order by e.assessed_on desc, e.id desc, s.id",
                (RowCallbackHandler) rs -> {
            Recorded recorded = byId.computeIfAbsent(rs.getLong(1), id -> {
                try {
                    return new Recorded(id, rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                            rs.getTimestamp(5).toInstant(), rs.getObject(6, Long.class), rs.getString(7), rs.getString(8),
                            rs.getObject(9, Long.class), rs.getObject(10, Long.class), new ArrayList<>(),
                            rs.getBoolean(14));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            recorded.scores().add(new ScoreView(rs.getObject(11, Long.class), rs.getObject(12, Long.class), rs.getInt(13)));
        }, arguments);
        Set<Long> assessors = byId.values().stream().map(Recorded::assessorId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> names = assessors.isEmpty() ? Map.of() : people.staffNames(assessors);
        return byId.values().stream().map(r -> r.view(names)).toList();
    }

    /** An evidence record as read, its assessor still an id. */
    private record Recorded(long id, String kind, String title, LocalDate assessedOn, Instant recordedAt, Long assessorId,
            String comment, String link, Long supersedesId, Long supersededById, List<ScoreView> scores,
            boolean withdrawn) {

        EvidenceView view(Map<Long, String> staffNames) {
            return new EvidenceView(id, kind, title, assessedOn, recordedAt,
                    assessorId == null ? null : staffNames.get(assessorId), comment, link, supersedesId,
                    supersededById, scores, withdrawn);
        }
    }

    private static ScoreRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ScoreRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getObject(4, Long.class),
                rs.getObject(5, Long.class), rs.getInt(6), rs.getObject(7, LocalDate.class), rs.getBoolean(8));
    }
}
