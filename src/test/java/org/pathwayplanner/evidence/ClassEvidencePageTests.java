package org.pathwayplanner.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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

        // other tests share the demo district and may have recorded later evidence for these students: find it by title
        assertThat(history.historyOf(students.get(0).id())).hasSize(before + 1)
                .filteredOn(e -> e.title().equals("Winter exhibition")).singleElement()
                .satisfies(e -> assertThat(e.scores()).singleElement().satisfies(s -> assertThat(s.level()).isEqualTo(3)));
        assertThat(history.historyOf(students.get(1).id())).filteredOn(e -> e.title().equals("Winter exhibition"))
                .singleElement().satisfies(e -> assertThat(e.scores()).singleElement()
                        .satisfies(s -> assertThat(s.level()).isEqualTo(2)));
    }

    @Test
    void aLevelForAStudentNotEnrolledInTheClassIsRefusedAndNothingIsRecorded() throws Exception {
        var section = people.sectionsOfTeacher("teacher.art").get(0);
        var enrolled = people.studentsOfSection(section.id());
        var enrolledIds = enrolled.stream().map(s -> s.id()).toList();
        long outsider = people.studentsOfSection(people.sectionsOfTeacher("teacher.art2").get(0).id()).stream()
                .map(s -> s.id()).filter(id -> !enrolledIds.contains(id)).findFirst().orElseThrow();
        var competency = framework.competencies().stream().filter(c -> "ART".equals(c.areaCode())).findFirst().orElseThrow();
        var objective = framework.objectives().stream().filter(o -> o.competencyId() == competency.id()).findFirst().orElseThrow();
        int outsiderBefore = history.historyOf(outsider).size();
        int enrolledBefore = history.historyOf(enrolled.get(0).id()).size();

        mvc.perform(post("/teacher/sections/{id}/evidence", section.id()).with(user(accounts.loadUserByUsername("teacher.art")))
                        .with(csrf()).param("competency", String.valueOf(competency.id())).param("kind", "EXHIBITION")
                        .param("title", "Forged cell").param("assessedOn", LocalDate.now().minusDays(1).toString())
                        .param("level-" + enrolled.get(0).id() + "-" + objective.id(), "3")
                        .param("level-" + outsider + "-" + objective.id(), "4"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Student " + outsider + " is not enrolled in")));

        assertThat(history.historyOf(outsider)).hasSize(outsiderBefore);
        assertThat(history.historyOf(enrolled.get(0).id())).hasSize(enrolledBefore);
    }

    @Test
    void aLevelForAnObjectiveOfAnotherCompetencyIsRefusedAndNothingIsRecorded() throws Exception {
        var section = people.sectionsOfTeacher("teacher.art").get(0);
        var student = people.studentsOfSection(section.id()).get(0);
        var artCompetencies = framework.competencies().stream().filter(c -> "ART".equals(c.areaCode())).toList();
        var chosen = artCompetencies.get(0);
        var foreign = framework.objectives().stream().filter(o -> o.competencyId() != chosen.id()).findFirst().orElseThrow();
        int before = history.historyOf(student.id()).size();

        mvc.perform(post("/teacher/sections/{id}/evidence", section.id()).with(user(accounts.loadUserByUsername("teacher.art")))
                        .with(csrf()).param("competency", String.valueOf(chosen.id())).param("kind", "EXHIBITION")
                        .param("title", "Forged objective").param("assessedOn", LocalDate.now().minusDays(1).toString())
                        .param("level-" + student.id() + "-" + foreign.id(), "4"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("does not belong to the chosen competency")));

        assertThat(history.historyOf(student.id())).hasSize(before);
    }

    @Test
    void aCompetencyNotTaughtInTheClassOrAMalformedCellIsRefused() throws Exception {
        var section = people.sectionsOfTeacher("teacher.art").get(0);
        var student = people.studentsOfSection(section.id()).get(0);
        var math = framework.competencies().stream().filter(c -> "MATH".equals(c.areaCode())).findFirst().orElseThrow();
        var mathObjective = framework.objectives().stream().filter(o -> o.competencyId() == math.id()).findFirst().orElseThrow();
        var art = framework.competencies().stream().filter(c -> "ART".equals(c.areaCode())).findFirst().orElseThrow();
        int before = history.historyOf(student.id()).size();

        mvc.perform(post("/teacher/sections/{id}/evidence", section.id()).with(user(accounts.loadUserByUsername("teacher.art")))
                        .with(csrf()).param("competency", String.valueOf(math.id())).param("kind", "TEST")
                        .param("title", "Not my subject").param("assessedOn", LocalDate.now().minusDays(1).toString())
                        .param("level-" + student.id() + "-" + mathObjective.id(), "4"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("is not taught in")));
        mvc.perform(post("/teacher/sections/{id}/evidence", section.id()).with(user(accounts.loadUserByUsername("teacher.art")))
                        .with(csrf()).param("competency", String.valueOf(art.id())).param("kind", "TEST")
                        .param("title", "Garbled").param("assessedOn", LocalDate.now().minusDays(1).toString())
                        .param("level-x-y", "4"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("is not a student, a learning objective and a level")));

        assertThat(history.historyOf(student.id())).hasSize(before);
    }

    @Test
    void aGridWithoutTitleOrLevelsShowsTheErrorsBesideTheFieldsAndRecordsNothing() throws Exception {
        var section = people.sectionsOfTeacher("teacher.art").get(0);
        var competency = framework.competencies().stream().filter(c -> "ART".equals(c.areaCode())).findFirst().orElseThrow();

        mvc.perform(post("/teacher/sections/{id}/evidence", section.id()).with(user(accounts.loadUserByUsername("teacher.art")))
                        .with(csrf()).param("competency", String.valueOf(competency.id())).param("kind", "")
                        .param("title", "").param("assessedOn", LocalDate.now().plusDays(3).toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Give the evidence a title")))
                .andExpect(content().string(containsString("The date cannot be in the future")))
                .andExpect(content().string(containsString("Choose the kind of evidence")))
                .andExpect(content().string(containsString("Give at least one level")))
                .andExpect(content().string(not(containsString("??"))));

        mvc.perform(post("/teacher/sections/{id}/evidence", section.id()).with(user(accounts.loadUserByUsername("teacher.art")))
                        .with(csrf()).param("competency", String.valueOf(competency.id())).param("kind", "")
                        .param("title", "").param("assessedOn", LocalDate.now().plusDays(3).toString())
                        .cookie(new jakarta.servlet.http.Cookie("pp-lang", "es")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Dé un título a la evidencia")))
                .andExpect(content().string(containsString("La fecha no puede estar en el futuro")))
                .andExpect(content().string(containsString("Elija el tipo de evidencia")))
                .andExpect(content().string(containsString("Indique al menos un nivel")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void aDateBeforeTheDistrictsEarliestDateIsShownBesideTheDateInBothLanguagesAndNothingIsRecorded()
            throws Exception {
        var section = people.sectionsOfTeacher("teacher.art").get(0);
        var student = people.studentsOfSection(section.id()).get(0);
        var competency = framework.competencies().stream().filter(c -> "ART".equals(c.areaCode())).findFirst().orElseThrow();
        var objective = framework.objectives().stream().filter(o -> o.competencyId() == competency.id()).findFirst().orElseThrow();
        int before = history.historyOf(student.id()).size();

        for (String[] language : new String[][] {{"en", "The date cannot be before 2000-01-01"},
                {"es", "La fecha no puede ser anterior al 2000-01-01"}}) {
            mvc.perform(post("/teacher/sections/{id}/evidence", section.id())
                            .with(user(accounts.loadUserByUsername("teacher.art"))).with(csrf())
                            .cookie(new jakarta.servlet.http.Cookie("pp-lang", language[0]))
                            .param("competency", String.valueOf(competency.id())).param("kind", "EXHIBITION")
                            .param("title", "Year one").param("assessedOn", "0001-01-01")
                            .param("level-" + student.id() + "-" + objective.id(), "3"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString(language[1])))
                    .andExpect(content().string(not(containsString("??"))));
        }

        assertThat(history.historyOf(student.id())).hasSize(before);
    }

    @Test
    void aTeacherRecordsACrossCurricularCompetencyForTheirClassButNoOtherSubjectsCompetency() throws Exception {
        var section = people.sectionsOfTeacher("teacher.art").get(0);
        var student = people.studentsOfSection(section.id()).get(0);
        var crossCurricular = framework.competencies().stream().filter(c -> c.areaCode() == null)
                .filter(c -> framework.objectives().stream().anyMatch(o -> o.competencyId() == c.id()))
                .findFirst().orElseThrow();
        var objective = framework.objectives().stream().filter(o -> o.competencyId() == crossCurricular.id())
                .findFirst().orElseThrow();
        int before = history.historyOf(student.id()).size();

        mvc.perform(get("/teacher/sections/{id}/evidence", section.id()).with(user(accounts.loadUserByUsername("teacher.art"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(crossCurricular.title())));
        mvc.perform(post("/teacher/sections/{id}/evidence", section.id()).with(user(accounts.loadUserByUsername("teacher.art")))
                        .with(csrf()).param("competency", String.valueOf(crossCurricular.id())).param("kind", "PRESENTATION")
                        .param("title", "Gallery talk").param("assessedOn", LocalDate.now().minusDays(1).toString())
                        .param("level-" + student.id() + "-" + objective.id(), "3"))
                .andExpect(status().is3xxRedirection());

        assertThat(history.historyOf(student.id())).hasSize(before + 1);
    }

    @Test
    void theGridAndTheCorrectionFormCarryTheirCsrfTokenSoABrowserCanPostThem() throws Exception {
        var section = people.sectionsOfTeacher("teacher.art").get(0);
        var student = people.studentsOfSection(section.id()).get(0);
        String artTeacher = people.staffOfAccount("teacher.art").orElseThrow().fullName();
        var evidence = history.historyOf(student.id()).stream().filter(e -> artTeacher.equals(e.assessorName()))
                .findFirst().orElseThrow();
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
