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
    void aCounselorCannotReadAStudentOutsideTheirCaseloadEvenInTheirSchool() throws Exception {
        Long sameSchoolOtherCaseload = jdbc.queryForObject("""
                select min(s.id) from student s join student me on me.school_id = s.school_id
                 where me.id = ? and coalesce(s.counselor_id, -1) <> coalesce(me.counselor_id, -1)""", Long.class, student1);

        mvc.perform(get("/api/students/{id}/progress", sameSchoolOtherCaseload).with(httpBasic("counselor1", "demo")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(
                        "You may not see the records of student " + sameSchoolOtherCaseload + "."));
        mvc.perform(get("/api/students/{id}/audit", otherSchoolStudent).with(httpBasic("counselor1", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/students/{id}/what-if", otherSchoolStudent).with(httpBasic("counselor1", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theProgressListsEachCreditAwardWithItsRuleReasonDateAndTheFactsItUsed() throws Exception {
        long senior = people.studentOfAccount("student.senior").orElseThrow().id();

        mvc.perform(get("/api/students/{id}/progress", senior).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.credits").isNotEmpty())
                .andExpect(jsonPath("$.credits[0].id").value(org.hamcrest.Matchers.startsWith("bundle:")))
                .andExpect(jsonPath("$.credits[0].awardedOn").isNotEmpty())
                .andExpect(jsonPath("$.credits[0].bundleName").isNotEmpty())
                .andExpect(jsonPath("$.credits[0].competencyIds").isNotEmpty())
                .andExpect(jsonPath("$.credits[0].why.rule").value(org.hamcrest.Matchers.containsString("awards")))
                .andExpect(jsonPath("$.credits[0].why.reason").isNotEmpty())
                .andExpect(jsonPath("$.credits[0].why.facts.bundles[0]").isNumber())
                .andExpect(jsonPath("$.credits[0].why.facts.evidence").isNotEmpty())
                .andExpect(jsonPath("$.overflows").isArray())
                .andExpect(jsonPath("$.audit.why.facts.awards").isNotEmpty())
                .andExpect(jsonPath("$.audit.lines[0].why.facts.awards").isArray())
                .andExpect(jsonPath("$.audit.competenciesToMaster").isArray());
    }

    @Test
    void theProgressShowsLearningObjectiveMasteryAndTheEvidenceBehindEachDecision() throws Exception {
        mvc.perform(get("/api/students/{id}/progress", student1).with(httpBasic("student1", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.competencies[?(@.objectives.length() > 0)]").isNotEmpty())
                .andExpect(jsonPath("$.competencies[?(@.objectives.length() > 0)].objectives[0].why.rule").isNotEmpty())
                .andExpect(jsonPath("$.competencies[?(@.objectives.length() > 0)].objectives[0].why.facts.evidence[0]")
                        .isNotEmpty())
                .andExpect(jsonPath("$.competencies[?(@.mastered == true)].mastery.facts.evidence[0]").isNotEmpty());
    }

    @Test
    void aStrugglingStudentsInterventionNamesTheEvidenceOfTheLowScores() throws Exception {
        long struggling = people.studentOfAccount("student.struggling").orElseThrow().id();

        mvc.perform(get("/api/students/{id}/flags", struggling).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.type == 'NEEDS_INTERVENTION')].why.facts.evidence[0]").isNotEmpty())
                .andExpect(jsonPath("$[?(@.type == 'NEEDS_INTERVENTION')].why.facts.competencies[0]").isNotEmpty())
                .andExpect(jsonPath("$[?(@.type == 'PROMOTION_NOT_YET' || @.type == 'PROMOTION_ELIGIBLE')].why.facts.competencies")
                        .isNotEmpty());
    }

    @Test
    void aWhatIfScoreMustNameExactlyOneTargetTheFrameworkKnowsAtALevelOnTheScale() throws Exception {
        String[][] cases = {
                {"{\"scores\": [{\"level\": 3}]}", "Score 1 must name exactly one of objectiveId and competencyId"},
                {"{\"scores\": [{\"objectiveId\": %d, \"competencyId\": %d, \"level\": 3}]}",
                        "Score 1 must name exactly one of objectiveId and competencyId"},
                {"{\"scores\": [{\"objectiveId\": 987654321, \"level\": 3}]}",
                        "Score 1: there is no learning objective 987654321"},
                {"{\"scores\": [{\"competencyId\": 987654321, \"level\": 3}]}",
                        "Score 1: there is no competency 987654321"},
                {"{\"scores\": [{\"competencyId\": %d, \"level\": 7}]}",
                        "Score 1: level 7 is not on the proficiency scale (1-4)"},
                {"{\"pathways\": [{\"title\": \"Robotics\", \"areaCode\": \"NOWHERE\", \"credits\": 1}]}",
                        "Pathway 1: there is no credit area NOWHERE"},
        };
        Long objective = jdbc.queryForObject("select min(id) from learning_objective", Long.class);
        Long competency = jdbc.queryForObject("select min(id) from competency", Long.class);
        for (String[] c : cases) {
            String body = c[0].contains("%d, ") ? String.format(c[0], objective, competency)
                    : c[0].contains("%d") ? String.format(c[0], competency) : c[0];
            mvc.perform(post("/api/students/{id}/what-if", student1).with(httpBasic("counselor1", "demo"))
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(c[1])));
        }
        mvc.perform(post("/api/students/{id}/what-if", student1).with(httpBasic("counselor1", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"scores\": [{\"competencyId\": \"x\"}]}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theOpenApiDescriptionListsTheProgressEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/students/{studentId}/progress']").exists())
                .andExpect(jsonPath("$.paths['/api/students/{studentId}/what-if']").exists());
    }
}
