package org.pathwayplanner.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PathwayPlannerApplication;
import org.pathwayplanner.demo.DemoDistrict;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.progress.DistrictEvaluation;
import org.pathwayplanner.progress.DistrictRecomputation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The district recomputation as Camunda jobs (partitions of 500 students) against today's thread pool in one
 * process, on the same generated district: on one instance, then on two instances of the application sharing the
 * database and the machine's cores (a second application context in this JVM, its own engine and job executor).
 * Run with {@code ./mvnw -Pbench verify -Dtest=DistrictRecomputationJobsBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false} (size: -Dbench.students=50000). Prints figures; the goal (jobs at most
 * 10 % slower than the thread pool) is in docs/performance.md.
 */
@Tag("benchmark")
@SpringBootTest(properties = {
        "spring.datasource.url=" + DistrictRecomputationJobsBenchmark.DATABASE,
        "pathway-planner.demo.enabled=false",
        "pathway-planner.evaluate-on-start=false",
        "camunda.bpm.job-execution.enabled=true",
        "camunda.bpm.process-engine-name=benchFirst",
        "logging.level.org.pathwayplanner=info"})
class DistrictRecomputationJobsBenchmark {

    static final String DATABASE = "jdbc:h2:file:./target/bench/district;DB_CLOSE_ON_EXIT=FALSE";
    static final int STUDENTS = Integer.getInteger("bench.students", 50_000);

    @Autowired
    DemoDistrict demo;
    @Autowired
    DistrictEvaluation district;
    @Autowired
    DistrictRecomputation recomputation;
    @Autowired
    PeopleDirectory people;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void jobsOnOneAndOnTwoInstancesAgainstTheThreadPool() {
        demo.generate(STUDENTS, 20261124L);
        assertThat(people.countStudents()).isEqualTo(STUDENTS);
        district.evaluateAllWithoutImpact(done -> { });   // warm-up: JIT, caches, H2's page cache

        long pool = timed(() -> district.evaluateAllWithoutImpact(done -> { }));
        System.out.printf("BENCH thread pool, one process: %d students in %d ms%n", STUDENTS, pool);

        long oneInstance = timed(() -> recomputation.recompute("bench one instance", false, done -> { }));
        System.out.printf("BENCH jobs, one instance: %d ms = %.3f x the thread pool; %s%n", oneInstance,
                (double) oneInstance / pool, executors("bench one instance"));

        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(PathwayPlannerApplication.class)
                .run("--spring.datasource.url=" + DATABASE, "--server.port=0", "--spring.jmx.enabled=false",
                        "--camunda.bpm.webapp.enabled=false", "--camunda.bpm.process-engine-name=benchSecond",
                        "--camunda.bpm.job-execution.enabled=true", "--pathway-planner.demo.enabled=false",
                        "--pathway-planner.evaluate-on-start=false")) {
            var roster = people.roster();   // the second instance's JIT warmed on 2,000 students
            second.getBean(DistrictEvaluation.class).evaluatePartition(roster.get(0).studentId(),
                    roster.get(Math.min(roster.size(), 2_000) - 1).studentId(), false);
            long twoInstances = timed(() -> recomputation.recompute("bench two instances", false, done -> { }));
            System.out.printf("BENCH jobs, two instances on the same cores: %d ms = %.3f x the thread pool; %s%n",
                    twoInstances, (double) twoInstances / pool, executors("bench two instances"));
        }
    }

    /** Partitions per job executor in the latest run for {@code reason}. */
    private String executors(String reason) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select executed_by, count(*) as partitions, sum(evaluated) as students from recomputation_partition
                 where run_id = (select max(id) from recomputation_run where reason = ?)
                 group by executed_by order by executed_by""", reason);
        return rows.toString();
    }

    private static long timed(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
