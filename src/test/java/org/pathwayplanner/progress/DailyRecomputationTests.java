package org.pathwayplanner.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.people.PeopleDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;

@PlannerTest
class DailyRecomputationTests {

    @Autowired
    DailyRecomputation daily;
    @Autowired
    StudentProgress progress;
    @Autowired
    PeopleDirectory people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ScheduledAnnotationBeanPostProcessor schedules;

    @Test
    void theDailyRecomputationEvaluatesEveryStudentAgainAsOfToday() {
        long student = people.studentOfAccount("student.struggling").orElseThrow().id();
        int interventions = progress.evaluate(student).flagsOf("NEEDS_INTERVENTION").size();
        // as if stored weeks ago: a stale count and time stamp (same evidence)
        Timestamp weeksAgo = Timestamp.from(Instant.parse("2026-09-01T02:30:00Z"));
        jdbc.update("""
                update student_progress set intervention_count = 99, evaluated_at = ?, evaluation_started_at = ?
                 where student_id = ?""", weeksAgo, weeksAgo, student);

        DistrictEvaluation.Result result = daily.recompute();

        assertThat(result.students()).isEqualTo(people.roster().size());
        assertThat(jdbc.queryForObject("select intervention_count from student_progress where student_id = ?",
                Integer.class, student)).isEqualTo(interventions);
        assertThat(jdbc.queryForObject("select evaluated_at from student_progress where student_id = ?",
                Timestamp.class, student)).isAfter(weeksAgo);
        assertThat(jdbc.queryForObject("select count(*) from student_progress where evaluated_at <= ?", Long.class,
                weeksAgo)).isZero();
    }

    @Test
    void theScheduleIsOffInTests() {
        assertThat(schedules.getScheduledTasks()).noneSatisfy(task ->
                assertThat(task.toString()).contains("DailyRecomputation"));
    }
}
