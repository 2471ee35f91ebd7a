package org.pathwayplanner.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.people.PeopleDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Every opening of a student's records through a page or the API is written down: who, which student, how, when. */
@PlannerTest
class RecordsOfAccessTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PeopleDirectory people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccessLog log;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    org.pathwayplanner.evidence.EvidenceRecorder evidence;

    long student1;
    long otherSchoolStudent;

    @BeforeEach
    void students() {
        student1 = people.studentOfAccount("student1").orElseThrow().id();
        otherSchoolStudent = jdbc.queryForObject(
                "select min(s.id) from student s join school sc on sc.id = s.school_id where sc.code = 'NFA'", Long.class);
        log.flush();
        jdbc.update("delete from student_record_access");
    }

    @Test
    void aCounselorReadingAStudentsPageIsRecordedWithTheRoutePatternAndTheAnswer() throws Exception {
        mvc.perform(get("/students/{id}", student1).with(session("counselor1"))).andExpect(status().isOk());

        assertThat(lines("counselor1")).singleElement().satisfies(line -> assertThat(line)
                .containsEntry("STUDENT_ID", student1).containsEntry("ROLE", "COUNSELOR")
                .containsEntry("ACTION", "READ").containsEntry("HTTP_METHOD", "GET")
                .containsEntry("ROUTE", "/students/{id}").containsEntry("STATUS", 200));
    }

    @Test
    void aRefusedLookOpensNothingAndIsNotRecorded() throws Exception {
        mvc.perform(get("/api/students/{id}/audit", otherSchoolStudent).with(httpBasic("teacher.math", "demo")))
                .andExpect(status().isForbidden());

        assertThat(lines("teacher.math")).isEmpty();
    }

    @Test
    void aDownloadIsRecordedAsAnExport() throws Exception {
        mvc.perform(get("/students/{id}/audit.csv", student1).with(session("counselor1")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.startsWith("attachment")));

        assertThat(lines("counselor1")).singleElement().satisfies(line -> assertThat(line)
                .containsEntry("ACTION", "EXPORT").containsEntry("ROUTE", "/students/{studentId}/audit.csv"));
    }

    @Test
    void theQueryStringIsNeverRecordedOnlyTheRoutesPattern() throws Exception {
        mvc.perform(get("/api/students/{id}/progress?token=secret-value", student1)
                .with(httpBasic("admin", "demo"))).andExpect(status().isOk());

        assertThat(lines("admin")).singleElement().satisfies(line -> assertThat(line)
                .containsEntry("ROUTE", "/api/students/{studentId}/progress").containsEntry("ROLE", "ADMIN"));
        assertThat(jdbc.queryForObject("select count(*) from student_record_access where route like '%secret%'",
                Integer.class)).isZero();
    }

    @Test
    void oneRequestThatChecksTheSameStudentTwiceIsOneLine() throws Exception {
        // the student page checks access and then reads the proposals, which check again
        mvc.perform(get("/students/{id}", student1).with(session("admin"))).andExpect(status().isOk());
        mvc.perform(get("/students/{id}", student1).with(session("admin"))).andExpect(status().isOk());

        assertThat(lines("admin")).hasSize(2);
    }

    @Test
    void aGuardianReadsWhoOpenedTheirChildsRecordsOnAPageAndAsAFile() throws Exception {
        mvc.perform(get("/students/{id}", student1).with(session("counselor1"))).andExpect(status().isOk());
        log.flush();

        String page = mvc.perform(get("/guardian/students/{id}/access-report", student1).with(session("guardian1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String file = mvc.perform(get("/student/access-report.csv").with(session("student1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("counselor1", "GET /students/{id}");
        assertThat(file).contains("counselor1,", ",COUNSELOR,READ,GET,/students/{id},200");
    }

    @Test
    void aClassOrCaseloadExportIsAnExportOfEachStudentInIt() throws Exception {
        long section = people.sectionsOfTeacher("teacher.math").get(0).id();
        mvc.perform(get("/sections/{id}/evidence.csv", section).with(session("teacher.math")))
                .andExpect(status().isOk());
        mvc.perform(get("/counselor/caseload.csv").with(session("counselor1"))).andExpect(status().isOk());

        assertThat(lines("teacher.math")).isNotEmpty().allSatisfy(line -> assertThat(line)
                .containsEntry("ACTION", "EXPORT").containsEntry("ROUTE", "/sections/{sectionId}/evidence.csv"));
        assertThat(lines("counselor1")).hasSize(people.caseloadOf("counselor1").size()).allSatisfy(line ->
                assertThat(line).containsEntry("ACTION", "EXPORT").containsEntry("ROUTE", "/counselor/caseload.csv"));
    }

    @Test
    void evidenceRecordedOutsideAnyRequestIsAChangeWithoutARoute() {
        var admin = new org.springframework.security.authentication.UsernamePasswordAuthenticationToken("admin", null,
                java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_ADMIN")));
        long student = jdbc.queryForObject("select max(e.student_id) from evidence e join student s on s.id = e.student_id"
                + " where s.retired_at is null", Long.class);
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(admin);
        try {
            Map<String, Object> aScore = jdbc.queryForMap("""
                    select s.objective_id, s.competency_id from evidence_score s join evidence e on e.id = s.evidence_id
                     where e.student_id = ? fetch first 1 rows only""", student);
            evidence.record(new org.pathwayplanner.evidence.NewEvidence(student,
                    org.pathwayplanner.evidence.EvidenceKind.OBSERVATION, "Seen in class",
                    java.time.LocalDate.now().minusDays(1), null, null, null, List.of(new org.pathwayplanner.evidence.Score(
                            id(aScore.get("OBJECTIVE_ID")), id(aScore.get("COMPETENCY_ID")), 3))));
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }

        assertThat(lines("admin")).singleElement().satisfies(line -> assertThat(line)
                .containsEntry("STUDENT_ID", student).containsEntry("ACTION", "CHANGE")
                .containsEntry("ROUTE", "(no request)"));
    }

    private static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor session(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private List<Map<String, Object>> lines(String username) {
        log.flush();
        return jdbc.queryForList("""
                select student_id, role, action, http_method, route, status from student_record_access
                 where username = ? order by id""", username);
    }
}
