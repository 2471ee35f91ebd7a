package org.pathwayplanner.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.people.PeopleDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@PlannerTest
class ClassEvidencePageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    PeopleDirectory people;
    @Autowired
    FrameworkCatalog framework;
    @Autowired
    EvidenceHistory history;

    @Test
    void aTeacherRecordsEvidenceForTheWholeClassAtOnce() throws Exception {
        var section = people.sectionsOfTeacher("teacher.art").get(0);
        var students = people.studentsOfSection(section.id());
        var competency = framework.competencies().stream().filter(c -> "ART".equals(c.areaCode())).findFirst().orElseThrow();
        var objective = framework.objectives().stream().filter(o -> o.competencyId() == competency.id()).findFirst().orElseThrow();
        int before = history.historyOf(students.get(0).id()).size();

        mvc.perform(post("/teacher/sections/{id}/evidence", section.id()).with(user(accounts.loadUserByUsername("teacher.art")))
                        .with(csrf()).param("competency", String.valueOf(competency.id())).param("kind", "EXHIBITION")
                        .param("title", "Winter exhibition").param("assessedOn", LocalDate.now().minusDays(1).toString())
                        .param("level-" + students.get(0).id() + "-" + objective.id(), "3")
                        .param("level-" + students.get(1).id() + "-" + objective.id(), "2"))
                .andExpect(status().is3xxRedirection());

        assertThat(history.historyOf(students.get(0).id())).hasSize(before + 1)
                .first().satisfies(e -> assertThat(e.title()).isEqualTo("Winter exhibition"));
        assertThat(history.historyOf(students.get(1).id()).get(0).scores()).singleElement()
                .satisfies(s -> assertThat(s.level()).isEqualTo(2));
    }

    @Test
    void aGridWithoutTitleOrLevelsShowsTheErrorsBesideTheFieldsAndRecordsNothing() throws Exception {
        var section = people.sectionsOfTeacher("teacher.art").get(0);
        var competency = framework.competencies().stream().filter(c -> "ART".equals(c.areaCode())).findFirst().orElseThrow();

        mvc.perform(post("/teacher/sections/{id}/evidence", section.id()).with(user(accounts.loadUserByUsername("teacher.art")))
                        .with(csrf()).param("competency", String.valueOf(competency.id())).param("kind", "")
                        .param("title", "").param("assessedOn", LocalDate.now().plusDays(3).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give the evidence a title")))
                .andExpect(content().string(containsString("The date cannot be in the future")))
                .andExpect(content().string(containsString("Choose the kind of evidence")))
                .andExpect(content().string(containsString("Give at least one level")));
    }

    @Test
    void theGridAndTheCorrectionFormCarryTheirCsrfTokenSoABrowserCanPostThem() throws Exception {
        var section = people.sectionsOfTeacher("teacher.art").get(0);
        var student = people.studentsOfSection(section.id()).get(0);
        var evidence = history.historyOf(student.id()).get(0);
        var competency = framework.competencies().stream().filter(c -> "ART".equals(c.areaCode())).findFirst().orElseThrow();

        mvc.perform(get("/teacher/sections/{id}/evidence", section.id()).param("competency", String.valueOf(competency.id()))
                        .with(user(accounts.loadUserByUsername("teacher.art"))))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        mvc.perform(get("/teacher/evidence/{id}/correct", evidence.id()).with(user(accounts.loadUserByUsername("teacher.art"))))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void anotherTeachersClassIsNotYours() throws Exception {
        var section = people.sectionsOfTeacher("teacher.art2").get(0);

        mvc.perform(get("/teacher/sections/{id}/evidence", section.id()).with(user(accounts.loadUserByUsername("teacher.art"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCounselorFiltersTheCaseloadByAuditStatusAndOpensAStudent() throws Exception {
        var student = people.caseloadOf("counselor1").get(0);

        mvc.perform(get("/counselor").param("status", "OFF_TRACK").with(user(accounts.loadUserByUsername("counselor1"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Off track (")));
        mvc.perform(get("/students/{id}", student.id()).with(user(accounts.loadUserByUsername("counselor1"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(student.fullName())));
        mvc.perform(get("/students/{id}", student.id()).with(user(accounts.loadUserByUsername("counselor3"))))
                .andExpect(status().isForbidden());
    }
}
