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
