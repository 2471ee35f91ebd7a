package org.pathwayplanner.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.evidence.EvidenceKind;
import org.pathwayplanner.evidence.EvidenceRecorder;
import org.pathwayplanner.evidence.NewEvidence;
import org.pathwayplanner.evidence.Score;
import org.pathwayplanner.pathways.PathwayService;
import org.pathwayplanner.pathways.PathwayType;
import org.pathwayplanner.pathways.ProposalRequest;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.StudentHasLeft;
import org.pathwayplanner.people.Viewer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A student who left the district: their records are read-only; once the district's period has passed, a dry run
 * counts what would go and a confirmation deletes all of it — the workflow history of their proposals included — or,
 * when any student asked for may not be deleted, nothing at all.
 */
@PlannerTest
class LeaverRetentionTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PeopleDirectory people;
    @Autowired
    EvidenceRecorder evidence;
    @Autowired
    PathwayService pathways;
    @Autowired
    HistoryService history;
    @Autowired
    LeaverRetention retention;
    @Autowired
    AccessLog log;
    @Autowired
    MockMvc mvc;

    long leaver;
    String username;
    long proposal;
    List<String> processes;

    /** A student like student1 (same school, counselor, class and guardian) with evidence and a submitted pathway. */
    @BeforeEach
    void aStudentWithRecordsWhoLeftSixYearsAgo() {
        long student1 = people.studentOfAccount("student1").orElseThrow().id();
        username = "leaver" + System.nanoTime() % 1_000_000_000L;
        jdbc.update("""
                insert into user_account (username, password_hash, display_name, role)
                select ?, password_hash, 'Lee Leaver', 'STUDENT' from user_account where username = 'student1'""",
                username);
        jdbc.update("""
                insert into student (account_id, student_number, first_name, last_name, date_of_birth, grade_level,
                                     graduation_year, school_id, counselor_id, search_first, search_last)
                select (select id from user_account where username = ?), ?, 'Lee', 'Leaver', date_of_birth, grade_level,
                       graduation_year, school_id, counselor_id, 'lee', 'leaver' from student where id = ?""",
                username, username.toUpperCase(), student1);
        leaver = people.studentOfAccount(username).orElseThrow().id();
        jdbc.update("insert into section_enrollment (section_id, student_id) select min(section_id), ? from"
                + " section_enrollment where student_id = ?", leaver, student1);
        jdbc.update("insert into student_guardian (student_id, guardian_id, relationship) select ?, guardian_id,"
                + " relationship from student_guardian where student_id = ? fetch first 1 rows only", leaver, student1);
        Map<String, Object> aScore = jdbc.queryForMap("""
                select s.objective_id, s.competency_id from evidence_score s join evidence e on e.id = s.evidence_id
                 where e.student_id = ? fetch first 1 rows only""", student1);
        evidence.record(new NewEvidence(leaver, EvidenceKind.PROJECT, "Bridge model", LocalDate.now().minusDays(3),
                null, null, null, List.of(new Score((Long) number(aScore.get("OBJECTIVE_ID")),
                        (Long) number(aScore.get("COMPETENCY_ID")), 3))));
        Viewer student = new Viewer(username, Role.STUDENT);
        long competency = jdbc.queryForObject("select min(id) from competency where content_area_id is not null and retired = false", Long.class);
        proposal = pathways.draft(student, new ProposalRequest(PathwayType.ONLINE_COURSE, "Statistics online", null,
                "Open University", null, null, LocalDate.now().plusDays(7), LocalDate.now().plusDays(60),
                BigDecimal.valueOf(20), false, null, new BigDecimal("0.5"), "STEM", List.of(competency))).id();
        pathways.submit(student, proposal);
        processes = jdbc.queryForList("select process_instance_id from pathway_proposal where student_id = ?",
                String.class, leaver);
        leaves(leaver, Instant.now().minus(6 * 366, ChronoUnit.DAYS));
    }

    @Test
    void theRecordsOfAStudentWhoLeftAreReadOnlyWithAClearRefusal() throws Exception {
        assertThatThrownBy(() -> evidence.record(new NewEvidence(leaver, EvidenceKind.PROJECT, "Late work",
                LocalDate.now().minusDays(1), null, null, null, List.of(anyScoreOf(leaver)))))
                .isInstanceOf(StudentHasLeft.class).hasMessageContaining("left the district")
                .hasMessageContaining("read-only");

        mvc.perform(post("/api/pathways/{id}/withdraw", proposal).with(httpBasic(username, "demo")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("left the district")));
        assertThat(jdbc.queryForObject("select status from pathway_proposal where id = ?", String.class, proposal))
                .isNotEqualTo("WITHDRAWN");
    }

    @Test
    void theDryRunCountsWhatWouldGoPerKindAndDeletesNothing() {
        LeaverRetention.WouldGo wouldGo = retention.dryRun().stream().filter(w -> w.student().id() == leaver)
                .findFirst().orElseThrow();

        assertThat(wouldGo.counts()).containsEntry("student", 1L).containsEntry("account", 1L)
                .containsEntry("enrolments", 1L).containsEntry("guardianLinks", 1L).containsEntry("evidence", 1L)
                .containsEntry("proposals", 1L).containsEntry("pathwayWorkflowHistory", 1L);
        assertThat(people.student(leaver)).isPresent();
        assertThat(historicProcesses()).isEqualTo(1);
    }

    @Test
    void confirmingDeletesAllTheirRecordsAndTheWorkflowHistoryOfTheirProposals() {
        retention.delete(List.of(leaver), "admin");

        assertThat(people.student(leaver)).isEmpty();
        assertThat(count("select count(*) from user_account where username = ?", username)).isZero();
        assertThat(count("select count(*) from evidence where student_id = ?", leaver)).isZero();
        assertThat(count("select count(*) from pathway_proposal where student_id = ?", leaver)).isZero();
        assertThat(count("select count(*) from student_record_access where student_id = ?", leaver)).isZero();
        assertThat(historicProcesses()).isZero();
    }

    @Test
    void aStudentStillEnrolledAmongThoseAskedForRefusesTheWholeDeletion() {
        long student1 = people.studentOfAccount("student1").orElseThrow().id();
        long evidenceOfStudent1 = count("select count(*) from evidence where student_id = ?", student1);

        assertThatThrownBy(() -> retention.delete(List.of(leaver, student1), "admin"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Student " + student1 + " has not left the district: nothing was deleted.");

        assertThat(count("select count(*) from evidence where student_id = ?", leaver)).isEqualTo(1);
        assertThat(count("select count(*) from evidence where student_id = ?", student1)).isEqualTo(evidenceOfStudent1);
        assertThat(historicProcesses()).isEqualTo(1);
    }

    @Test
    void aStudentWhoLeftRecentlyIsArchivedButNotYetDeletable() {
        leaves(leaver, Instant.now().minus(30, ChronoUnit.DAYS));

        assertThat(retention.dryRun()).noneMatch(w -> w.student().id() == leaver);
        assertThatThrownBy(() -> retention.delete(List.of(leaver), "admin"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("retention period");
        assertThat(people.student(leaver)).isPresent();
    }

    /** A leaver a test left behind goes, so that no other test meets an archived student among the demo's. */
    @org.junit.jupiter.api.AfterEach
    void theLeaverGoes() {
        if (people.student(leaver).isPresent()) {
            leaves(leaver, Instant.now().minus(6 * 366, ChronoUnit.DAYS));
            retention.delete(List.of(leaver), "admin");
        }
    }

    private void leaves(long studentId, Instant when) {
        jdbc.update("update student set retired_at = ? where id = ?", Timestamp.from(when), studentId);
    }

    private Score anyScoreOf(long studentId) {
        Map<String, Object> s = jdbc.queryForMap("""
                select s.objective_id, s.competency_id from evidence_score s
                  join evidence e on e.id = s.evidence_id where e.student_id = ? fetch first 1 rows only""", studentId);
        return new Score((Long) number(s.get("OBJECTIVE_ID")), (Long) number(s.get("COMPETENCY_ID")), 2);
    }

    private long historicProcesses() {
        return processes.isEmpty() ? 0
                : history.createHistoricProcessInstanceQuery().processInstanceIds(new HashSet<>(processes)).count();
    }

    private long count(String sql, Object arg) {
        return jdbc.queryForObject(sql, Long.class, arg);
    }

    private static Object number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
