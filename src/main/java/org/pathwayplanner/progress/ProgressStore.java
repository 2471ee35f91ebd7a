package org.pathwayplanner.progress;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.pathwayplanner.rules.Conclusions.CreditAward;
import org.pathwayplanner.rules.Conclusions.SupportFlag;
import org.pathwayplanner.rules.Evaluation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps each student's latest evaluation: the explained evaluation as gzipped JSON (a few kilobytes a student) for the
 * student's own pages and the API, and its summary for lists. The summary is also kept apart from the payload, in
 * {@code student_progress_summary} (V63), written here in the same transaction as the evaluation: lists, counts and
 * charts read those small rows and never a payload.
 */
@Component
class ProgressStore {

    record Stored(Evaluation evaluation, Instant evaluatedAt) {
    }

    /**
     * An evaluation and what it was computed from: the newest evidence record among the student's scores it read
     * (evidence is append-only, so a higher id means more evidence) and when it started.
     */
    record Stamped(Evaluation evaluation, long lastEvidenceId, Instant startedAt) {

        static Stamped of(Evaluation evaluation, java.util.Collection<org.pathwayplanner.rules.Facts.ScoreFact> scores,
                Instant startedAt) {
            long last = scores.stream().mapToLong(org.pathwayplanner.rules.Facts.ScoreFact::evidenceId).max().orElse(0);
            return new Stamped(evaluation, Math.max(0, last), startedAt);
        }
    }

    private static final String COLUMNS = """
            student_id, rule_set_version, evaluated_at, audit_status, credits_earned, credits_required, mastered_count,
            intervention_count, accelerate, payload, credits_expected, input_evidence_id, evaluation_started_at, awards,
            impact_basis""";
    /**
     * An atomic upsert, so two evaluations of the same student (a batch, a new piece of evidence) cannot collide,
     * that keeps the stored evaluation when the new one is older: computed from less evidence, or from the same
     * evidence but started earlier. A batch that read a student's scores before a new score was recorded cannot
     * overwrite the evaluation that the new score triggered.
     */
    private static final String FRESHER = "(s.input_evidence_id > t.input_evidence_id or (s.input_evidence_id ="
            + " t.input_evidence_id and s.evaluation_started_at >= t.evaluation_started_at))";
    private static final String H2_UPSERT = "merge into student_progress t using (select"
            + " cast(? as bigint) student_id, cast(? as varchar(80)) rule_set_version,"
            + " cast(? as timestamp) evaluated_at, cast(? as varchar(20)) audit_status,"
            + " cast(? as numeric(6, 2)) credits_earned, cast(? as numeric(6, 2)) credits_required,"
            + " cast(? as integer) mastered_count, cast(? as integer) intervention_count, cast(? as boolean) accelerate,"
            + " cast(? as varbinary) payload, cast(? as numeric(6, 2)) credits_expected,"
            + " cast(? as bigint) input_evidence_id, cast(? as timestamp) evaluation_started_at,"
            + " cast(? as varchar(100000)) awards, cast(? as varchar(100000)) impact_basis) s"
            + " on t.student_id = s.student_id"
            + " when matched and " + FRESHER + " then update set"
            + " rule_set_version = s.rule_set_version, evaluated_at = s.evaluated_at, audit_status = s.audit_status,"
            + " credits_earned = s.credits_earned, credits_required = s.credits_required,"
            + " mastered_count = s.mastered_count, intervention_count = s.intervention_count,"
            + " accelerate = s.accelerate, payload = s.payload, credits_expected = s.credits_expected,"
            + " input_evidence_id = s.input_evidence_id, evaluation_started_at = s.evaluation_started_at,"
            + " awards = s.awards, impact_basis = s.impact_basis"
            + " when not matched then insert (" + COLUMNS + ") values (s.student_id, s.rule_set_version,"
            + " s.evaluated_at, s.audit_status, s.credits_earned, s.credits_required, s.mastered_count,"
            + " s.intervention_count, s.accelerate, s.payload, s.credits_expected, s.input_evidence_id,"
            + " s.evaluation_started_at, s.awards, s.impact_basis)";
    private static final String POSTGRES_UPSERT = "insert into student_progress as t (" + COLUMNS + ")"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (student_id) do update set"
            + " rule_set_version = excluded.rule_set_version, evaluated_at = excluded.evaluated_at,"
            + " audit_status = excluded.audit_status, credits_earned = excluded.credits_earned,"
            + " credits_required = excluded.credits_required, mastered_count = excluded.mastered_count,"
            + " intervention_count = excluded.intervention_count, accelerate = excluded.accelerate,"
            + " payload = excluded.payload, credits_expected = excluded.credits_expected,"
            + " input_evidence_id = excluded.input_evidence_id, evaluation_started_at = excluded.evaluation_started_at,"
            + " awards = excluded.awards, impact_basis = excluded.impact_basis"
            + " where " + FRESHER.replace("s.", "excluded.");

    /** The summary columns, kept in both tables. */
    private static final String SUMMARY_COLUMNS = "student_id, rule_set_version, evaluated_at, audit_status,"
            + " credits_earned, credits_required, credits_expected, mastered_count, intervention_count, accelerate";
    /**
     * Copies the summary of the student's stored evaluation (whichever the upsert kept) into the summary table: the
     * summary is always the stored evaluation's, never a second computation that could differ.
     */
    private static final String H2_COPY_SUMMARY = "merge into student_progress_summary (" + SUMMARY_COLUMNS + ")"
            + " key (student_id) select " + SUMMARY_COLUMNS + " from student_progress where student_id = ?";
    private static final String POSTGRES_COPY_SUMMARY = "insert into student_progress_summary (" + SUMMARY_COLUMNS + ")"
            + " select " + SUMMARY_COLUMNS + " from student_progress where student_id = ? on conflict (student_id) do"
            + " update set rule_set_version = excluded.rule_set_version, evaluated_at = excluded.evaluated_at,"
            + " audit_status = excluded.audit_status, credits_earned = excluded.credits_earned,"
            + " credits_required = excluded.credits_required, credits_expected = excluded.credits_expected,"
            + " mastered_count = excluded.mastered_count, intervention_count = excluded.intervention_count,"
            + " accelerate = excluded.accelerate";
    /** The summary as the lists read it: from the narrow table. */
    private static final String SUMMARY_SELECT = """
            select student_id, audit_status, credits_earned, credits_required, mastered_count,
                   intervention_count, accelerate, evaluated_at, credits_expected from student_progress_summary""";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final TransactionTemplate inOneTransaction;

    private final String upsert;
    private final String copySummary;

    ProgressStore(JdbcTemplate jdbc, ObjectMapper json, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.inOneTransaction = new TransactionTemplate(transactions);
        boolean postgres = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName())
                .toLowerCase().contains("postgres");
        this.upsert = postgres ? POSTGRES_UPSERT : H2_UPSERT;
        this.copySummary = postgres ? POSTGRES_COPY_SUMMARY : H2_COPY_SUMMARY;
    }

    /** Stores the evaluation unless a fresher one is stored already; true if it was stored. */
    boolean save(Stamped evaluation, Instant at) {
        return saveAll(List.of(evaluation), at) == 1;
    }

    /**
     * Replaces the stored evaluations of these students in one JDBC batch, except where the stored one is fresher
     * (see {@link #FRESHER}), and their summaries in the same transaction; returns how many were stored.
     */
    int saveAll(List<Stamped> evaluations, Instant at) {
        if (evaluations.isEmpty()) {
            return 0;
        }
        List<Object[]> rows = new ArrayList<>(evaluations.size());
        List<Object[]> students = new ArrayList<>(evaluations.size());
        for (Stamped stamped : evaluations) {
            Evaluation e = stamped.evaluation();
            ProgressSummary s = summaryOf(e, at);
            rows.add(new Object[] {e.studentId(), e.ruleSetVersion(), Timestamp.from(at), s.auditStatus(),
                    s.creditsEarned(), s.creditsRequired(), s.masteredCompetencies(), s.interventions(),
                    s.readyToAccelerate(), gzip(e), s.creditsExpected(), stamped.lastEvidenceId(),
                    Timestamp.from(stamped.startedAt()), awardsJson(e.credits()), basisJson(e)});
            students.add(new Object[] {e.studentId()});
        }
        return inOneTransaction.execute(status -> {
            int stored = 0;
            for (int count : jdbc.batchUpdate(upsert, rows)) {
                // a driver may answer "succeeded, count unknown" (-2) for a batched statement
                stored += count == java.sql.Statement.SUCCESS_NO_INFO ? 1 : Math.max(0, count);
            }
            jdbc.batchUpdate(copySummary, students);
            return stored;
        });
    }

    static ProgressSummary summaryOf(Evaluation e, Instant at) {
        return new ProgressSummary(e.studentId(), e.status() == null ? null : e.status().status(), e.totalEarned(),
                e.totalRequired(), e.masteredCompetencyIds().size(), e.flagsOf(SupportFlag.NEEDS_INTERVENTION).size(),
                !e.flagsOf(SupportFlag.READY_TO_ACCELERATE).isEmpty(), at, expectedCredits(e));
    }

    /** The audit's expected share of the required credits, in credits (all of them once the requirements are met). */
    private static BigDecimal expectedCredits(Evaluation e) {
        if (e.status() == null) {
            return null;
        }
        return e.totalRequired().multiply(BigDecimal.valueOf(Math.min(1.0, e.status().expectedShare())))
                .setScale(1, RoundingMode.HALF_UP);
    }

    /** Every stored summary, by student: small rows, a few megabytes for a large district. */
    java.util.Map<Long, ProgressSummary> allSummaries() {
        java.util.Map<Long, ProgressSummary> all = new java.util.HashMap<>();
        jdbc.query(SUMMARY_SELECT, (org.springframework.jdbc.core.RowCallbackHandler) rs ->
                all.put(rs.getLong(1), summary(rs)));
        return all;
    }

    boolean hasAny() {
        return !jdbc.queryForList("select student_id from student_progress_summary fetch first 1 rows only", Long.class)
                .isEmpty();
    }

    Optional<Instant> evaluatedAt(long studentId) {
        return jdbc.query("select evaluated_at from student_progress_summary where student_id = ?",
                (rs, i) -> rs.getTimestamp(1).toInstant(), studentId).stream().findFirst();
    }

    Optional<Stored> load(long studentId) {
        return jdbc.query("select payload, evaluated_at from student_progress where student_id = ?",
                (rs, i) -> new Stored(gunzip(rs.getBytes(1)), rs.getTimestamp(2).toInstant()), studentId)
                .stream().findFirst();
    }

    /**
     * What each of these students' stored evaluations is compared against (those never evaluated are missing), in one
     * query of small columns; a row stored before the basis was kept gives it from its payload.
     */
    java.util.Map<Long, Impact.Basis> basesOf(List<Long> studentIds) {
        java.util.Map<Long, Impact.Basis> bases = new java.util.HashMap<>();
        if (studentIds.isEmpty()) {
            return bases;
        }
        String in = String.join(",", studentIds.stream().map(id -> "?").toList());
        jdbc.query("""
                select student_id, audit_status, credits_earned, credits_required, mastered_count,
                       intervention_count, accelerate, evaluated_at, credits_expected, impact_basis,
                       case when impact_basis is null then payload end
                  from student_progress where student_id in (""" + in + ")",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    String basis = rs.getString(10);
                    bases.put(rs.getLong(1), basis == null ? Impact.Basis.of(gunzip(rs.getBytes(11)))
                            : basis(new ProgressSummary(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3),
                                    rs.getBigDecimal(4), rs.getInt(5), rs.getInt(6), rs.getBoolean(7),
                                    rs.getTimestamp(8).toInstant(), rs.getBigDecimal(9)), basis));
                }, studentIds.toArray());
        return bases;
    }

    /** The part of {@link Impact.Basis} not in the summary columns, as stored. */
    private record BasisColumn(BigDecimal creditsEarned, List<Long> mastered, List<Impact.FlagChange> flags) {
    }

    private String basisJson(Evaluation e) {
        Impact.Basis basis = Impact.Basis.of(e);
        try {
            // the credits as the evaluation summed them (1.5, not the column's 1.50), as a preview shows them
            return json.writeValueAsString(new BasisColumn(basis.summary().creditsEarned(), basis.mastered(),
                    basis.flags()));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private Impact.Basis basis(ProgressSummary summary, String column) {
        try {
            BasisColumn read = json.readValue(column, BasisColumn.class);
            ProgressSummary exact = new ProgressSummary(summary.studentId(), summary.auditStatus(), read.creditsEarned(),
                    summary.creditsRequired(), summary.masteredCompetencies(), summary.interventions(),
                    summary.readyToAccelerate(), summary.evaluatedAt(), summary.creditsExpected());
            return new Impact.Basis(exact, List.copyOf(read.mastered()), List.copyOf(read.flags()));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    List<ProgressSummary> summaries(List<Long> studentIds) {
        if (studentIds.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", studentIds.stream().map(id -> "?").toList());
        return jdbc.query(SUMMARY_SELECT + " where student_id in (" + in + ")", (rs, i) -> summary(rs),
                studentIds.toArray());
    }

    private static ProgressSummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ProgressSummary(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                rs.getInt(5), rs.getInt(6), rs.getBoolean(7), rs.getTimestamp(8).toInstant(), rs.getBigDecimal(9));
    }

    /** The students whose stored results carry a support flag: interventions needed, or ready to accelerate. */
    List<ProgressSummary> flagged() {
        return jdbc.query(SUMMARY_SELECT + " where intervention_count > 0 or accelerate", (rs, i) -> summary(rs));
    }

    /**
     * How many students have results from this rule set version. Every stored result belongs to a student (a foreign
     * key), one each, so the people module's student count less this is how many have none from it.
     */
    long countAt(String ruleSetVersion) {
        return jdbc.queryForObject("select count(*) from student_progress_summary where rule_set_version = ?", Long.class,
                ruleSetVersion);
    }

    /**
     * The awards each student holds, with the rule set version that made each, by student: what the district may keep
     * when later rules would not make them. Small rows (the awards column); a result stored before the column existed
     * gives its awards from the payload, as made by the version that stored it.
     */
    java.util.Map<Long, List<CreditAward>> allAwards() {
        java.util.Map<Long, List<CreditAward>> all = new java.util.HashMap<>();
        jdbc.query("select student_id, awards, rule_set_version, case when awards is null then payload end"
                + " from student_progress", (org.springframework.jdbc.core.RowCallbackHandler) rs ->
                all.put(rs.getLong(1), awards(rs.getString(2), rs.getString(3), rs.getBytes(4))));
        return all;
    }

    /** As {@link #allAwards}, for the students whose ids are from {@code firstId} to {@code lastId}. */
    java.util.Map<Long, List<CreditAward>> awardsBetween(long firstId, long lastId) {
        java.util.Map<Long, List<CreditAward>> some = new java.util.HashMap<>();
        jdbc.query("select student_id, awards, rule_set_version, case when awards is null then payload end"
                + " from student_progress where student_id between ? and ?",
                (org.springframework.jdbc.core.RowCallbackHandler) rs ->
                        some.put(rs.getLong(1), awards(rs.getString(2), rs.getString(3), rs.getBytes(4))), firstId, lastId);
        return some;
    }

    /** The awards the student holds (see {@link #allAwards}); none before their first evaluation. */
    List<CreditAward> awardsOf(long studentId) {
        return jdbc.query("select awards, rule_set_version, case when awards is null then payload end"
                + " from student_progress where student_id = ?",
                (rs, i) -> awards(rs.getString(1), rs.getString(2), rs.getBytes(3)), studentId)
                .stream().findFirst().orElse(List.of());
    }

    private List<CreditAward> awards(String awards, String version, byte[] payload) {
        if (awards == null) {
            return payload == null ? List.of()
                    : gunzip(payload).credits().stream().map(a -> a.stampedWith(version)).toList();
        }
        try {
            return List.of(json.readValue(awards, CreditAward[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What keeping an award needs: no rule or reason (a kept award has its own), a few hundred bytes an award. */
    private String awardsJson(List<CreditAward> awards) {
        try {
            return json.writeValueAsString(awards.stream().map(a -> new CreditAward(a.areaCode(), a.credits(),
                    a.bundleId(), a.proposalId(), a.awardedOn(), null, null, a.competencyIds(), a.awardedUnder()))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] gzip(Evaluation evaluation) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8_192);
        try (GZIPOutputStream out = new GZIPOutputStream(bytes) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_SPEED);
            }
        }) {
            json.writeValue(out, evaluation.withoutWorkingFacts());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private Evaluation gunzip(byte[] payload) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(payload))) {
            return json.readValue(in, Evaluation.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
