package org.pathwayplanner.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pathwayplanner.PathwayPlannerApplication;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.policy.DraftPreview;
import org.pathwayplanner.policy.RulePublisher;
import org.pathwayplanner.progress.DistrictEvaluation;
import org.pathwayplanner.progress.DistrictRecomputation;
import org.pathwayplanner.progress.StudentProgress;
import org.pathwayplanner.rules.StudentEvaluator;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;

/**
 * Two instances of the application on one database, as a district runs them: a rules version published on one is in
 * use on the other within seconds, a district recomputation is shared by the job executors of both, every student
 * evaluated once, and the nightly recomputation fires on one of them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTests {

    static final String DATABASE = "jdbc:h2:mem:two-instances;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE";
    static final int STUDENTS = 20;

    ConfigurableApplicationContext first;
    ConfigurableApplicationContext second;

    @BeforeAll
    void startTwoInstances() {
        first = instance("first");
        second = instance("second");
    }

    /**
     * One instance of the application. Command-line arguments, so they come before the test settings: the job
     * executor on, one job at a time and looking for new ones often, so that both instances take partitions of a run
     * that small; partitions of one student; no Camunda webapps (they keep static state a second instance would take
     * over).
     */
    static ConfigurableApplicationContext instance(String name) {
        return new SpringApplicationBuilder(PathwayPlannerApplication.class).run(
                "--spring.datasource.url=" + DATABASE, "--server.port=0", "--spring.jmx.enabled=false",
                "--camunda.bpm.webapp.enabled=false", "--camunda.bpm.process-engine-name=" + name,
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.core-pool-size=1", "--camunda.bpm.job-execution.max-pool-size=1",
                "--camunda.bpm.job-execution.max-jobs-per-acquisition=1",
                "--camunda.bpm.job-execution.wait-time-in-millis=20", "--camunda.bpm.job-execution.max-wait=50",
                "--pathway-planner.demo.students=" + STUDENTS, "--pathway-planner.recompute.partition-size=1",
                "--pathway-planner.rules.follow-every=200ms", "--pathway-planner.recompute.cron=0 30 2 * * *");
    }

    @AfterAll
    void stopBoth() throws Exception {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        try (var connection = DriverManager.getConnection(DATABASE, "sa", "")) {
            connection.createStatement().execute("shutdown");
        }
    }

    @Test
    void aVersionPublishedOnOneInstanceIsInUseOnTheOtherWithinSecondsAndItsRecomputationIsShared() throws Exception {
        RulePublisher publisher = first.getBean(RulePublisher.class);
        StudentEvaluator otherRules = second.getBean(StudentEvaluator.class);
        Map<String, String> mean = new HashMap<>(publisher.activeVersion().getFiles());
        mean.put("policy.json", mean.get("policy.json").replace("\"districtMethod\" : \"MOST_RECENT\"",
                "\"districtMethod\" : \"MEAN\""));
        DraftPreview preview = publisher.preview("admin", mean);

        RulePublisher.Publication published = publisher.publish("admin", mean, "Mean of all scores",
                preview.revokedStudents());
        String version = first.getBean(StudentEvaluator.class).ruleSet().version();

        // a few seconds on a quiet machine (a check every 200 ms here, then the compile); generous for a busy one
        awaitAtMost(Duration.ofSeconds(30), () -> otherRules.ruleSet().version().equals(version));
        long student = second.getBean(PeopleDirectory.class).roster().get(0).studentId();
        assertThat(second.getBean(StudentProgress.class).evaluate(student).ruleSetVersion()).isEqualTo(version);

        DistrictEvaluation.Result result = published.recomputed().get(1, TimeUnit.MINUTES);
        assertThat(result.students()).isEqualTo(STUDENTS);
        assertThat(result.ruleSetVersion()).isEqualTo(version);
        assertThat(second.getBean(RulePublisher.class).recomputation().state())
                .as("the other instance shows the run too").isEqualTo(RulePublisher.Recomputation.DONE);
        assertThat(storedVersions()).as("every student's stored results").containsOnly(version);
    }

    @Test
    void bothInstancesEvaluatePartitionsOfARunAndEveryStudentIsEvaluatedOnce() {
        // The instance that starts a run hears of its jobs first: a few runs give the other one its chance.
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        long runId = 0;
        for (int attempt = 0; attempt < 5; attempt++) {
            first.getBean(DistrictRecomputation.class).recompute("two instances", false, done -> { });
            runId = jdbc.queryForObject("select max(id) from recomputation_run", Long.class);
            if (executorsOf(jdbc, runId) == 2) {
                break;
            }
        }

        assertThat(executorsOf(jdbc, runId)).as("job executors that evaluated partitions").isEqualTo(2);
        List<Map<String, Object>> partitions = jdbc.queryForList("select first_student_id, last_student_id, evaluated"
                + " from recomputation_partition where run_id = ? order by partition_no", runId);
        assertThat(partitions).hasSize(STUDENTS).allSatisfy(p -> assertThat(p.get("evaluated")).isEqualTo(1));
        assertThat(partitions.stream().map(p -> ((Number) p.get("first_student_id")).longValue()).distinct())
                .containsExactlyElementsOf(first.getBean(PeopleDirectory.class).roster().stream()
                        .map(r -> r.studentId()).toList());
        assertThat(jdbc.queryForObject("select count(*) from act_hi_actinst a join recomputation_run r"
                + " on r.process_instance_id = a.proc_inst_id_ where r.id = ? and a.act_id_ = 'EvaluatePartition'"
                + " and a.end_time_ is not null and a.act_type_ = 'serviceTask'", Integer.class, runId))
                .as("partition evaluations completed, none twice").isEqualTo(STUDENTS);
    }

    @Test
    void theNightlyRecomputationRunsOnOneInstanceWhenBothFireAtOnce() throws Exception {
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        String nightlyRuns = "select count(*) from recomputation_run where reason = 'nightly'";
        int before = jdbc.queryForObject(nightlyRuns, Integer.class);

        CompletableFuture<Void> onFirst = CompletableFuture.runAsync(nightlyOf(first));
        CompletableFuture<Void> onSecond = CompletableFuture.runAsync(nightlyOf(second));
        CompletableFuture.allOf(onFirst, onSecond).get(1, TimeUnit.MINUTES);

        assertThat(jdbc.queryForObject(nightlyRuns, Integer.class)).isEqualTo(before + 1);
        assertThat(jdbc.queryForList("select name from shedlock", String.class)).contains("nightly-recomputation");
    }

    /** The nightly recomputation as the instance's scheduler runs it at its hour (through the lock). */
    private static Runnable nightlyOf(ConfigurableApplicationContext instance) {
        return instance.getBean(ScheduledAnnotationBeanPostProcessor.class).getScheduledTasks().stream()
                .filter(task -> task.toString().contains("DailyRecomputation.nightly")).findFirst()
                .orElseThrow().getTask().getRunnable();
    }

    private static int executorsOf(JdbcTemplate jdbc, long runId) {
        return jdbc.queryForObject("select count(distinct executed_by) from recomputation_partition where run_id = ?",
                Integer.class, runId);
    }

    private List<String> storedVersions() {
        return first.getBean(JdbcTemplate.class).queryForList("select distinct rule_set_version from student_progress",
                String.class);
    }

    private static void awaitAtMost(Duration limit, java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("within %s", limit).isLessThan(end);
            Thread.sleep(50);
        }
    }
}
