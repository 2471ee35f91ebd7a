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

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.people.PeopleDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Corrections on the page: the student is taught by teacher.ela and teacher.math; teacher.math2 does not teach them. */
@PlannerTest
class CorrectionPageTests {

    private static final Cookie SPANISH = new Cookie("pp-lang", "es");

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
    @Autowired
    EvidenceRecorder recorder;

    long student;

    /**
     * A Riverside student of teacher.math's class, and so of teacher.ela's (each student is in every subject's class of
     * their grade), but none of the named demo accounts that other tests read.
     */
    @BeforeEach
    void aStudentOfTeacherMath() {
        student = people.sectionsOfTeacher("teacher.math").stream()
                .flatMap(section -> people.studentsOfSection(section.id()).stream())
                .mapToLong(s -> s.id()).max().orElseThrow();
    }

    @Test
    void aTeacherOfTheSubjectCorrectsAnEntryAndTheOriginalStaysInTheHistory() throws Exception {
        long objective = objectiveOfArea("MATH");
        long original = evidence(objective, null);

        mvc.perform(get("/teacher/evidence/{id}/correct", original).with(as("teacher.math")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Unit test")));
        mvc.perform(post("/teacher/evidence/{id}/correct", original).with(as("teacher.math")).with(csrf())
                        .param("level-o" + objective, "3").param("comment", "Rescored after moderation"))
                .andExpect(status().is3xxRedirection());

        var after = history.historyOf(student);
        assertThat(after).filteredOn(e -> e.id() == original).singleElement()
                .satisfies(e -> assertThat(e.isSuperseded()).isTrue());
        assertThat(after).filteredOn(e -> e.supersedesId() != null && e.supersedesId() == original).singleElement()
                .satisfies(e -> {
                    assertThat(e.comment()).isEqualTo("Rescored after moderation");
                    assertThat(e.scores().get(0).level()).isEqualTo(3);
                    assertThat(e.assessedOn()).isEqualTo(LocalDate.now().minusDays(3));
                });
    }

    @Test
    void aCorrectionMayAlsoMendTheDate() throws Exception {
        long objective = objectiveOfArea("MATH");
        long original = evidence(objective, null);
        LocalDate actual = LocalDate.now().minusDays(10);

        mvc.perform(post("/teacher/evidence/{id}/correct", original).with(as("teacher.math")).with(csrf())
                        .param("assessedOn", actual.toString()).param("comment", "Wrong day entered"))
                .andExpect(status().is3xxRedirection());

        assertThat(history.historyOf(student)).filteredOn(e -> e.supersedesId() != null && e.supersedesId() == original)
                .singleElement().satisfies(e -> assertThat(e.assessedOn()).isEqualTo(actual));
    }

    @Test
    void aTeacherOfAnotherSubjectOfTheStudentMayNeitherOpenNorPostACorrection() throws Exception {
        long objective = objectiveOfArea("ELA");
        long english = evidence(objective, "teacher.ela");

        mvc.perform(get("/teacher/evidence/{id}/correct", english).with(as("teacher.math")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/teacher/evidence/{id}/correct", english).with(as("teacher.math")).with(csrf())
                        .param("level-o" + objective, "1").param("comment", "Lowered"))
                .andExpect(status().isForbidden());

        assertNotCorrected(english);
    }

    @Test
    void anAdministratorCorrectsEvidenceOfAnySubject() throws Exception {
        long objective = objectiveOfArea("ELA");
        long english = evidence(objective, "teacher.ela");

        mvc.perform(get("/teacher/evidence/{id}/correct", english).with(as("admin"))).andExpect(status().isOk());
        mvc.perform(post("/teacher/evidence/{id}/correct", english).with(as("admin")).with(csrf())
                        .param("level-o" + objective, "2").param("comment", "Moderated by the district"))
                .andExpect(status().is3xxRedirection());

        assertThat(history.historyOf(student)).filteredOn(e -> e.id() == english).singleElement()
                .satisfies(e -> assertThat(e.isSuperseded()).isTrue());
    }

    @Test
    void theStudentPageOffersACorrectionOnlyWhereTheTeacherMayMakeIt() throws Exception {
        long math = evidence(objectiveOfArea("MATH"), "teacher.ela");
        long english = evidence(objectiveOfArea("ELA"), "teacher.ela");

        String page = mvc.perform(get("/students/{id}", student).with(as("teacher.math")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("/teacher/evidence/" + math + "/correct")
                .doesNotContain("/teacher/evidence/" + english + "/correct");
    }

    @Test
    void aCorrectionNeedsAReasonAndATeacherOfTheStudent() throws Exception {
        long original = evidence(objectiveOfArea("MATH"), null);

        mvc.perform(post("/teacher/evidence/{id}/correct", original).with(as("teacher.math")).with(csrf())
                        .param("comment", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Say why the evidence is corrected")));
        mvc.perform(get("/teacher/evidence/{id}/correct", original).with(as("teacher.math2")))
                .andExpect(status().isForbidden());
        assertNotCorrected(original);
    }

    @Test
    void aDateInTheFutureOrBeforeTheEarliestDateIsShownBesideTheDateInBothLanguagesAndNothingIsSaved()
            throws Exception {
        long original = evidence(objectiveOfArea("MATH"), null);

        expectFormError(correctionByTeacherMath(original).param("assessedOn", LocalDate.now().plusDays(2).toString()),
                "The date cannot be in the future", "La fecha no puede estar en el futuro");
        expectFormError(correctionByTeacherMath(original).param("assessedOn", "0001-01-01"),
                "The date cannot be before 2000-01-01", "La fecha no puede ser anterior al 2000-01-01");
        expectFormError(correctionByTeacherMath(original).param("assessedOn", ""),
                "Give the date it was assessed", "Indique la fecha de la evaluación");

        assertNotCorrected(original);
    }

    @Test
    void aLevelOffTheScaleIsShownBesideItsLevelTranslatedNeverAsAnUnresolvedKey() throws Exception {
        long objective = objectiveOfArea("MATH");
        long original = evidence(objective, null);

        expectFormError(correctionByTeacherMath(original).param("level-o" + objective, "7"),
                "Level 7 is not on the proficiency scale (1-4)", "El nivel 7 no está en la escala de competencia (1-4)");
        expectFormError(correctionByTeacherMath(original).param("level-o" + objective, "three"),
                "Choose a level from the proficiency scale", "Elija un nivel de la escala de competencia");

        assertNotCorrected(original);
    }

    @Test
    void evidenceAlreadyCorrectedSaysSoInsteadOfOfferingASecondCorrection() throws Exception {
        long objective = objectiveOfArea("MATH");
        long original = evidence(objective, null);
        recorder.correct(original, new NewEvidence(student, EvidenceKind.TEST, "Unit test", LocalDate.now().minusDays(3),
                null, "First correction", null, List.of(Score.forObjective(objective, 3))));

        mvc.perform(get("/teacher/evidence/{id}/correct", original).with(as("teacher.math")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("This evidence was already corrected")));
        mvc.perform(correctionByTeacherMath(original).param("comment", "Second correction"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("This evidence was already corrected")));
    }

    /** A correction by teacher.math with a reason, in English and again in Spanish. */
    private MockHttpServletRequestBuilder correctionByTeacherMath(long evidenceId) {
        return post("/teacher/evidence/{id}/correct", evidenceId).with(as("teacher.math")).with(csrf())
                .param("comment", "Moderation");
    }

    private void expectFormError(MockHttpServletRequestBuilder request, String english, String spanish)
            throws Exception {
        mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(english)))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(request.cookie(SPANISH))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(spanish)))
                .andExpect(content().string(not(containsString("??"))));
    }

    private void assertNotCorrected(long evidenceId) {
        assertThat(history.historyOf(student)).filteredOn(e -> e.id() == evidenceId).singleElement()
                .satisfies(e -> assertThat(e.isSuperseded()).isFalse());
    }

    /** Evidence of the student on one objective at level 2, three days ago. */
    private long evidence(long objective, String assessor) {
        Long assessorId = assessor == null ? null : people.staffOfAccount(assessor).orElseThrow().id();
        return recorder.record(new NewEvidence(student, EvidenceKind.TEST, "Unit test", LocalDate.now().minusDays(3),
                assessorId, null, null, List.of(Score.forObjective(objective, 2))));
    }

    private long objectiveOfArea(String areaCode) {
        var competencies = framework.competencies().stream().filter(c -> areaCode.equals(c.areaCode()))
                .map(c -> c.id()).toList();
        return framework.objectives().stream().filter(o -> competencies.contains(o.competencyId())).findFirst()
                .orElseThrow().id();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
