package org.pathwayplanner.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.people.PeopleDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The district recomputation as Camunda jobs, in the shared test district (whose job executor is off: the caller
 * executes the run's jobs itself, as an instance does while it starts).
 */
@PlannerTest
class DistrictRecomputationTests {

    @Autowired
    DistrictRecomputation recomputation;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PeopleDirectory people;

    @Test
    void aRunEvaluatesEveryStudentOnceAndShowsItsProgressAsFinishedPartitions() {
        DistrictEvaluation.Result result = recomputation.recompute("tested run", false, done -> { });

        DistrictRecomputation.RunProgress run = recomputation.latest("tested run").orElseThrow();
        assertThat(result.students()).isEqualTo(people.roster().size());
        assertThat(run.finished()).isTrue();
        assertThat(run.finishedPartitions()).isEqualTo(run.partitions()).isPositive();
        assertThat(run.evaluated()).isEqualTo(run.students()).isEqualTo(people.roster().size());
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(DistrictRecomputation.PROCESS).count()).as("runs still open").isZero();
    }

    @Test
    void aPartitionThatFailsIsTriedAgainLaterAndThenEvaluatesItsStudents() {
        long runId = recomputation.start("failing partition", false).orElseThrow();
        // Partition 0 cannot be found for a moment: its job fails as one would when the database is away.
        jdbc.update("update recomputation_partition set partition_no = 99 where run_id = ? and partition_no = 0", runId);
        ManagementService management = engine.getManagementService();
        String instance = jdbc.queryForObject("select process_instance_id from recomputation_run where id = ?",
                String.class, runId);
        Job job = management.createJobQuery().processInstanceId(instance).singleResult();

        assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("has no partition 0");

        Job failed = management.createJobQuery().jobId(job.getId()).singleResult();
        assertThat(failed.getRetries()).as("tries left").isEqualTo(2);
        assertThat(failed.getDuedate()).as("tried again 10 s later").isAfter(Date.from(Instant.now().plusSeconds(5)));
        assertThat(recomputation.latest("failing partition").orElseThrow().finishedPartitions()).isZero();

        jdbc.update("update recomputation_partition set partition_no = 0 where run_id = ? and partition_no = 99", runId);
        management.setJobDuedate(job.getId(), new Date());
        DistrictEvaluation.Result result = recomputation.await(runId, done -> { }, System.nanoTime());

        assertThat(result.students()).isEqualTo(people.roster().size());
        assertThat(jdbc.queryForObject("select evaluated from recomputation_partition where run_id = ? and partition_no = 0",
                Integer.class, runId)).isEqualTo(people.roster().size());
    }
}
