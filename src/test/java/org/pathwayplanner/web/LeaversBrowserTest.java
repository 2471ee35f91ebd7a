package org.pathwayplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.evidence.EvidenceKind;
import org.pathwayplanner.evidence.EvidenceRecorder;
import org.pathwayplanner.evidence.NewEvidence;
import org.pathwayplanner.evidence.Score;
import org.pathwayplanner.people.PeopleDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In a real browser: the administrator sees a student who left six years ago, runs the dry run that counts their
 * records, confirms, and the student is gone.
 */
@PlannerTest
class LeaversBrowserTest {

    static Browser browser;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PeopleDirectory people;
    @Autowired
    EvidenceRecorder evidence;

    @BeforeAll
    static void openBrowser(@LocalServerPort int port) {
        browser = new Browser(port);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void anAdministratorDeletesTheRecordsOfAStudentWhoLeftAfterADryRun() {
        long leaver = aStudentWithEvidenceWhoLeftSixYearsAgo();

        browser.signInAs("admin").open("/admin/people");
        browser.driver.findElement(By.id("leavers-link")).click();
        assertThat(browser.text("#leaver-" + leaver)).contains("Lee Leaver", "Retention ended");

        browser.driver.findElement(By.id("leavers-dry-run")).click();
        assertThat(browser.text("h1")).isEqualTo("What would be deleted");
        assertThat(browser.text("#would-go-" + leaver)).contains("Student record: 1", "Evidence (every version): 1",
                "Class enrolments: 1");
        assertThat(people.student(leaver)).as("a dry run deletes nothing").isPresent();

        browser.driver.findElement(By.id("confirm-delete")).click();
        assertThat(browser.text("#leavers-deleted")).matches("The records of \\d+ students? were deleted\\.");
        assertThat(browser.driver.findElements(By.id("leaver-" + leaver))).isEmpty();
        assertThat(people.student(leaver)).isEmpty();
    }

    private long aStudentWithEvidenceWhoLeftSixYearsAgo() {
        long student1 = people.studentOfAccount("student1").orElseThrow().id();
        String number = "LB" + System.nanoTime() % 100_000_000L;
        jdbc.update("""
                insert into student (student_number, first_name, last_name, date_of_birth, grade_level,
                                     graduation_year, school_id, counselor_id, search_first, search_last)
                select ?, 'Lee', 'Leaver', date_of_birth, grade_level, graduation_year, school_id, counselor_id,
                       'lee', 'leaver'
                  from student where id = ?""", number, student1);
        long leaver = jdbc.queryForObject("select id from student where student_number = ?", Long.class, number);
        jdbc.update("insert into section_enrollment (section_id, student_id) select min(section_id), ? from"
                + " section_enrollment where student_id = ?", leaver, student1);
        Map<String, Object> aScore = jdbc.queryForMap("""
                select s.objective_id, s.competency_id from evidence_score s join evidence e on e.id = s.evidence_id
                 where e.student_id = ? fetch first 1 rows only""", student1);
        evidence.record(new NewEvidence(leaver, EvidenceKind.PROJECT, "Bridge model", LocalDate.now().minusDays(3),
                null, null, null, List.of(new Score(id(aScore.get("OBJECTIVE_ID")), id(aScore.get("COMPETENCY_ID")), 3))));
        jdbc.update("update student set retired_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(6 * 366, ChronoUnit.DAYS)), leaver);
        return leaver;
    }

    private static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
