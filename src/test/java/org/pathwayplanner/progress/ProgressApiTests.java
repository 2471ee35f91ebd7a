package org.pathwayplanner.progress;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.people.PeopleDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@PlannerTest
class ProgressApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PeopleDirectory people;
    @Autowired
    JdbcTemplate jdbc;

    long student1;
    long otherSchoolStudent;

    @BeforeEach
    void students() {
        student1 = people.studentOfAccount("student1").orElseThrow().id();
        otherSchoolStudent = jdbc.queryForObject(
                "select min(s.id) from student s join school sc on sc.id = s.school_id where sc.code = 'NFA'", Long.class);
    }

    @Test
    void aStudentReadsTheirOwnProgressWithExplanations() throws Exception {
        mvc.perform(get("/api/students/{id}/progress", student1).with(httpBasic("student1", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.studentId").value(student1))
                .andExpect(jsonPath("$.audit.status").exists())
                .andExpect(jsonPath("$.competencies[0].readiness.rule").isNotEmpty())
                .andExpect(jsonPath("$.competencies[0].readiness.reason").isNotEmpty());
    }

    @Test
    void aStudentCannotReadAnotherStudent() throws Exception {
        mvc.perform(get("/api/students/{id}/audit", otherSchoolStudent).with(httpBasic("student1", "demo")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("You may not see the records of student " + otherSchoolStudent + "."));
    }

    @Test
    void aTeacherReadsTheirStudentsOnly() throws Exception {
        mvc.perform(get("/api/students/{id}/audit", student1).with(httpBasic("teacher.math", "demo")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/students/{id}/audit", otherSchoolStudent).with(httpBasic("teacher.math", "demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCounselorReadsTheirCaseloadAndAGuardianTheirChild() throws Exception {
        mvc.perform(get("/api/students/{id}/flags", student1).with(httpBasic("counselor1", "demo")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/students/{id}/flags", student1).with(httpBasic("guardian1", "demo")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/students/{id}/flags", otherSchoolStudent).with(httpBasic("guardian1", "demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAdministratorGets404ForAStudentThatDoesNotExist() throws Exception {
        mvc.perform(get("/api/students/999999/progress").with(httpBasic("admin", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No student with id 999999"));
    }

    @Test
    void whatIfReturnsTheDifferenceInTheAudit() throws Exception {
        mvc.perform(post("/api/students/{id}/what-if", student1).with(httpBasic("counselor1", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"pathways": [{"title": "Robotics internship", "areaCode": "STEM", "credits": 1}]}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statusBefore").exists())
                .andExpect(jsonPath("$.areas[?(@.areaCode == 'STEM')].earnedAfter").exists());
    }

    @Test
    void anInvalidWhatIfIsRefusedWithTheFieldNamed() throws Exception {
        mvc.perform(post("/api/students/{id}/what-if", student1).with(httpBasic("counselor1", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"pathways": [{"title": "", "areaCode": "STEM", "credits": 50}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("pathways[0].credits")));
    }

    @Test
    void theOpenApiDescriptionListsTheProgressEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/students/{studentId}/progress']").exists())
                .andExpect(jsonPath("$.paths['/api/students/{studentId}/what-if']").exists());
    }
}
