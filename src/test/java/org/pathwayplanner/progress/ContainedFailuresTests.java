package org.pathwayplanner.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.evidence.EvidenceHistory;
import org.pathwayplanner.evidence.EvidenceKind;
import org.pathwayplanner.evidence.EvidenceRecorder;
import org.pathwayplanner.evidence.NewEvidence;
import org.pathwayplanner.evidence.Score;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.people.StaleProgress;
import org.pathwayplanner.rules.Evaluation;
import org.pathwayplanner.rules.StudentEvaluator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One student the rules in use cannot evaluate hurts nobody else: evidence for them is saved, their progress is
 * marked stale with the reason, the teacher, the administrator and the what-if say so, and the next good rules clear
 * it. The failing rules come from a test seam ({@link RulesFailingFor}) that recomputes the district as a publish does.
 */
@PlannerTest
class ContainedFailuresTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    StudentEvaluator evaluator;
    @Autowired
    DistrictEvaluation district;
    @Autowired
    StudentProgress progress;
    @Autowired
    StaleProgress stale;
    @Autowired
    EvidenceRecorder recorder;
    @Autowired
    EvidenceHistory history;
    @Autowired
    PeopleDirectory people;
    @Autowired
    FrameworkCatalog framework;

    @Test
    void theRecomputationGoesOnPastTheFailingStudentAndCountsThem() {
        StudentView failing = artStudent(0);
        Evaluation before = progress.storedEvaluation(failing.id()).orElseThrow();

        try (RulesFailingFor rules = RulesFailingFor.student(failing.id(), evaluator, district)) {
            assertThat(rules.recomputed().failed()).isEqualTo(1);
            assertThat(rules.recomputed().students()).isEqualTo(people.roster().size());
            assertThat(rules.recomputed().summary()).contains("1 student could not be evaluated")
                    .contains(RulesFailingFor.REASON);
            assertThat(stale.staleStudents()).singleElement().satisfies(s -> {
                assertThat(s.studentId()).isEqualTo(failing.id());
                assertThat(s.reason()).isEqualTo("Rule \"Fails on purpose for one student\" failed: "
                        + RulesFailingFor.REASON);
            });
            assertThat(progress.storedEvaluation(failing.id()).orElseThrow()).isEqualTo(before);
            assertThat(progress.storedEvaluation(artStudent(1).id()).orElseThrow().ruleSetVersion())
                    .isEqualTo(evaluator.ruleSet().version());
        }
    }

    @Test
    void evidenceForTheFailingStudentIsSavedAndTheirProgressStaysMarkedStale() {
        StudentView failing = artStudent(0);
        StudentView other = artStudent(1);
        int before = history.historyOf(failing.id()).size();

        try (RulesFailingFor rules = RulesFailingFor.student(failing.id(), evaluator, district)) {
            recorder.record(evidence(failing.id()));
            recorder.record(evidence(other.id()));

            assertThat(history.historyOf(failing.id())).hasSize(before + 1);
            ProgressViews.StudentProgressView shown = progress.progressOf(failing.id());
            assertThat(shown.stale()).isNotNull();
            assertThat(shown.stale().reason()).contains(RulesFailingFor.REASON);
            assertThat(progress.progressOf(other.id()).stale()).isNull();
            assertThat(stale.staleAmong(List.of(failing.id(), other.id()))).containsExactly(failing.id());
        }
    }

    @Test
    void goodRulesAfterwardsClearTheStaleMark() {
        StudentView failing = artStudent(0);

        try (RulesFailingFor rules = RulesFailingFor.student(failing.id(), evaluator, district)) {
            assertThat(progress.staleReason(failing.id())).isPresent();

            DistrictEvaluation.Result fixed = rules.fixed();

            assertThat(fixed.failed()).isZero();
            assertThat(progress.staleReason(failing.id())).isEmpty();
            assertThat(stale.staleStudents()).isEmpty();
            assertThat(progress.progressOf(failing.id()).stale()).isNull();
        }
    }

    @Test
    void theTeacherIsToldTheEvidenceIsSavedAndProgressWillFollowNotShownAnError() throws Exception {
        var section = people.sectionsOfTeacher("teacher.art").get(0);
        StudentView failing = artStudent(0);
        var competency = framework.competencies().stream().filter(c -> "ART".equals(c.areaCode())).findFirst()
                .orElseThrow();
        var objective = framework.objectives().stream().filter(o -> o.competencyId() == competency.id()).findFirst()
                .orElseThrow();
        int before = history.historyOf(failing.id()).size();

        try (RulesFailingFor rules = RulesFailingFor.student(failing.id(), evaluator, district)) {
            mvc.perform(post("/teacher/sections/{id}/evidence", section.id())
                            .with(user(accounts.loadUserByUsername("teacher.art"))).with(csrf())
                            .param("competency", String.valueOf(competency.id())).param("kind", "EXHIBITION")
                            .param("title", "Spring exhibition").param("assessedOn", LocalDate.now().minusDays(30).toString())
                            .param("level-" + failing.id() + "-" + objective.id(), "3")
                            .param("level-" + artStudent(1).id() + "-" + objective.id(), "3"))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("recorded", 2))
                    .andExpect(flash().attribute("recordedStale", 1));
            assertThat(history.historyOf(failing.id())).hasSize(before + 1);

            mvc.perform(get("/teacher/sections/{id}/evidence", section.id())
                            .with(user(accounts.loadUserByUsername("teacher.art")))
                            .flashAttr("recorded", 2).flashAttr("recordedStale", 1))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Saved; progress will update when the rules are fixed")))
                    .andExpect(content().string(not(containsString("their results are up to date"))));
        }
    }

    @Test
    void theAdministratorsHomeListsTheFailingStudentWithTheReason() throws Exception {
        StudentView failing = artStudent(0);

        try (RulesFailingFor rules = RulesFailingFor.student(failing.id(), evaluator, district)) {
            mvc.perform(get("/admin").with(user(accounts.loadUserByUsername("admin"))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"stale-banner\"")))
                    .andExpect(content().string(containsString("1 student cannot be evaluated by the rules in use")))
                    .andExpect(content().string(containsString("href=\"/students/" + failing.id() + "\"")))
                    .andExpect(content().string(containsString(failing.fullName())))
                    .andExpect(content().string(containsString(RulesFailingFor.REASON)));
        }
        mvc.perform(get("/admin").with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"stale-banner\""))));
    }

    @Test
    void theStudentsPagesAndTheApiSayTheProgressIsFromBeforeAndWhy() throws Exception {
        StudentView failing = artStudent(0);

        try (RulesFailingFor rules = RulesFailingFor.student(failing.id(), evaluator, district)) {
            mvc.perform(get("/students/{id}", failing.id()).with(user(accounts.loadUserByUsername("admin"))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"progress-stale\"")))
                    .andExpect(content().string(containsString("The progress shown is from before")))
                    .andExpect(content().string(containsString(RulesFailingFor.REASON)));
            mvc.perform(get("/api/students/{id}/progress", failing.id()).with(httpBasic("admin", "demo")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.stale.reason").value(containsString(RulesFailingFor.REASON)))
                    .andExpect(jsonPath("$.audit").exists());
            mvc.perform(get("/api/students/{id}/progress", artStudent(1).id()).with(httpBasic("admin", "demo")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.stale").doesNotExist());
        }
    }

    @Test
    void theWhatIfExplainsWhyItIsNotAvailable() throws Exception {
        StudentView failing = artStudent(0);

        try (RulesFailingFor rules = RulesFailingFor.student(failing.id(), evaluator, district)) {
            mvc.perform(post("/api/students/{id}/what-if", failing.id()).with(httpBasic("admin", "demo"))
                            .contentType(MediaType.APPLICATION_JSON).content("""
                                    {"pathways": [{"title": "Robotics internship", "areaCode": "STEM", "credits": 1}]}"""))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.detail").value("The what-if is not available because the rules in use cannot"
                            + " evaluate this student: Rule \"Fails on purpose for one student\" failed: "
                            + RulesFailingFor.REASON));
            mvc.perform(post("/api/students/{id}/what-if", artStudent(1).id()).with(httpBasic("admin", "demo"))
                            .contentType(MediaType.APPLICATION_JSON).content("{}"))
                    .andExpect(status().isOk());
        }
    }

    /** A student of the art class, counted from the end of the list: other tests record for the first ones. */
    private StudentView artStudent(int index) {
        List<StudentView> students = people.studentsOfSection(people.sectionsOfTeacher("teacher.art").get(0).id());
        return students.get(students.size() - 1 - index);
    }

    private NewEvidence evidence(long studentId) {
        var competency = framework.competencies().stream().filter(c -> "ART".equals(c.areaCode())).findFirst()
                .orElseThrow();
        return new NewEvidence(studentId, EvidenceKind.PROJECT, "Sketchbook", LocalDate.now().minusDays(30), null, null,
                null, List.of(new Score(null, competency.id(), 3)));
    }
}
