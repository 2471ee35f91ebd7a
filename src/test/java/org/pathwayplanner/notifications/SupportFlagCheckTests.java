package org.pathwayplanner.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.people.PeopleDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * A support flag raised on a student is told once to the student's teachers and counselor, in their daily digest
 * unless they chose otherwise; told again only after it was lowered and raised anew.
 */
@PlannerTest
@Transactional
class SupportFlagCheckTests {

    @Autowired
    SupportFlagCheck check;
    @Autowired
    PeopleDirectory people;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRaisedFlagIsToldOnceToTheStudentsTeachersAndCounselor() {
        long student = people.studentOfAccount("student3").orElseThrow().id();
        jdbc.update("update student_progress_summary set intervention_count = 0, accelerate = false where student_id = ?",
                student);
        check.check();
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from notification", Long.class);

        jdbc.update("update student_progress_summary set intervention_count = 2 where student_id = ?", student);
        check.check();

        Set<String> expected = new HashSet<>(people.teachersOfStudentIn(student, List.of()));
        people.counselorUsernameOf(student).ifPresent(expected::add);
        assertThat(told(before, student)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(jdbc.queryForList("select distinct email_state from notification where id > ? and link = ?",
                String.class, before, "/students/" + student)).containsExactly("DIGEST");

        long afterFirst = jdbc.queryForObject("select max(id) from notification", Long.class);
        check.check();
        assertThat(told(afterFirst, student)).as("told once").isEmpty();

        jdbc.update("update student_progress_summary set intervention_count = 0 where student_id = ?", student);
        check.check();
        jdbc.update("update student_progress_summary set intervention_count = 1 where student_id = ?", student);
        check.check();
        assertThat(told(afterFirst, student)).as("raised anew").containsExactlyInAnyOrderElementsOf(expected);
    }

    private List<String> told(long after, long student) {
        return jdbc.queryForList("select recipient from notification where id > ? and kind = 'SUPPORT_FLAG' and link = ?",
                String.class, after, "/students/" + student);
    }
}
