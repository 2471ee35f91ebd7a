package org.pathwayplanner.progress;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pathwayplanner.people.PeopleViews.RosterEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The district recomputations run as jobs and their partitions (tables recomputation_run, recomputation_partition):
 * what each partition covers, who evaluated it and what it found. Shared by every instance through the database.
 */
@Repository
class RecomputationRuns {

    /** One partition: the students whose ids are from {@code firstStudentId} to {@code lastStudentId}. */
    record Partition(long runId, int partitionNo, long firstStudentId, long lastStudentId, int students,
            boolean withImpact, boolean finished) {
    }

    /** What one finished partition found: as stored, JSON for its changes and failures. */
    record Outcome(int partitionNo, int evaluated, String ruleSetVersion, long rulesMillis, long storeMillis,
            long compareMillis, String changes, String failures, String executedBy) {
    }

    /** A run and how far it is: partitions finished out of all, students evaluated out of all. */
    record Run(long id, String reason, boolean withImpact, int students, int partitions, int finishedPartitions,
            int evaluated, String processInstanceId, Instant startedAt) {

        boolean finished() {
            return finishedPartitions >= partitions;
        }
    }

    private final JdbcTemplate jdbc;

    RecomputationRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a run over {@code roster} (in id order), cut into partitions of {@code partitionSize} students. */
    long create(String reason, boolean withImpact, List<RosterEntry> roster, int partitionSize, Instant now) {
        int partitions = (roster.size() + partitionSize - 1) / partitionSize;
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var insert = con.prepareStatement("insert into recomputation_run (reason, with_impact, students, partitions,"
                    + " started_at) values (?, ?, ?, ?, ?)", new String[] {"id"});
            insert.setString(1, reason.length() > 40 ? reason.substring(0, 40) : reason);
            insert.setBoolean(2, withImpact);
            insert.setInt(3, roster.size());
            insert.setInt(4, partitions);
            insert.setTimestamp(5, Timestamp.from(now));
            return insert;
        }, key);
        long runId = key.getKey().longValue();
        List<Object[]> rows = new ArrayList<>(partitions);
        for (int no = 0; no < partitions; no++) {
            List<RosterEntry> part = roster.subList(no * partitionSize, Math.min(roster.size(), (no + 1) * partitionSize));
            rows.add(new Object[] {runId, no, part.get(0).studentId(), part.get(part.size() - 1).studentId(),
                    part.size()});
        }
        jdbc.batchUpdate("insert into recomputation_partition (run_id, partition_no, first_student_id, last_student_id,"
                + " students) values (?, ?, ?, ?, ?)", rows);
        return runId;
    }

    void attach(long runId, String processInstanceId) {
        jdbc.update("update recomputation_run set process_instance_id = ? where id = ?", processInstanceId, runId);
    }

    Optional<Partition> partition(long runId, int partitionNo) {
        return jdbc.query("""
                select p.first_student_id, p.last_student_id, p.students, r.with_impact, p.finished_at
                  from recomputation_partition p join recomputation_run r on r.id = p.run_id
                 where p.run_id = ? and p.partition_no = ?""",
                (rs, i) -> new Partition(runId, partitionNo, rs.getLong(1), rs.getLong(2), rs.getInt(3),
                        rs.getBoolean(4), rs.getTimestamp(5) != null), runId, partitionNo).stream().findFirst();
    }

    /** Marks the partition finished with what it found; in the transaction of the job that evaluated it. */
    void finish(Partition partition, Outcome outcome, Instant now) {
        jdbc.update("""
                update recomputation_partition
                   set evaluated = ?, rule_set_version = ?, rules_millis = ?, store_millis = ?, compare_millis = ?,
                       changes = ?, failures = ?, executed_by = ?, finished_at = ?
                 where run_id = ? and partition_no = ?""",
                outcome.evaluated(), outcome.ruleSetVersion(), outcome.rulesMillis(), outcome.storeMillis(),
                outcome.compareMillis(), outcome.changes(), outcome.failures(),
                outcome.executedBy().length() > 100 ? outcome.executedBy().substring(0, 100) : outcome.executedBy(),
                Timestamp.from(now), partition.runId(), partition.partitionNo());
    }

    Optional<Run> run(long runId) {
        return runs("r.id = ?", runId).stream().findFirst();
    }

    /** The latest run whose reason is {@code reason}. */
    Optional<Run> latest(String reason) {
        return runs("r.id = (select max(id) from recomputation_run where reason = ?)", reason).stream().findFirst();
    }

    /** The latest run, whatever its reason. */
    Optional<Run> latest() {
        return runs("r.id = (select max(id) from recomputation_run)").stream().findFirst();
    }

    List<Outcome> outcomes(long runId) {
        return jdbc.query("""
                select partition_no, evaluated, rule_set_version, rules_millis, store_millis, compare_millis, changes,
                       failures, executed_by
                  from recomputation_partition where run_id = ? and finished_at is not null order by partition_no""",
                (rs, i) -> new Outcome(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getString(7), rs.getString(8), rs.getString(9)), runId);
    }

    private List<Run> runs(String where, Object... args) {
        return jdbc.query("""
                select r.id, r.reason, r.with_impact, r.students, r.partitions,
                       (select count(*) from recomputation_partition p where p.run_id = r.id and p.finished_at is not null),
                       (select coalesce(sum(p.evaluated), 0) from recomputation_partition p
                         where p.run_id = r.id and p.finished_at is not null),
                       r.process_instance_id, r.started_at
                  from recomputation_run r""" + " where " + where,
                (rs, i) -> new Run(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7), rs.getString(8), rs.getTimestamp(9).toInstant()), args);
    }
}
