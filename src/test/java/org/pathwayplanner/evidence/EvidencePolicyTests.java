package org.pathwayplanner.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.framework.FrameworkViews.ObjectiveView;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.Viewer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may correct a student's evidence. In the demo district student1 (Riverside) is taught English by teacher.ela
 * and mathematics by teacher.math; teacher.ela2 and teacher.math2 teach at Northfield and do not have student1.
 */
@PlannerTest
@Transactional
class EvidencePolicyTests {

    @Autowired
    EvidencePolicy policy;
    @Autowired
    EvidenceRecorder recorder;
    @Autowired
    PeopleDirectory people;
    @Autowired
    FrameworkCatalog framework;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entities;

    long student;
    ObjectiveView englishObjective;

    @BeforeEach
    void student1AndAnEnglishObjective() {
        student = people.studentOfAccount("student1").orElseThrow().id();
        englishObjective = objectiveOfArea("ELA");
    }

    @Test
    void theAssessorMayCorrectTheirEvidence() {
        long evidence = englishEvidenceAssessedBy("teacher.ela2");

        assertThat(policy.mayCorrect(teacher("teacher.ela2"), evidence)).isInstanceOf(EvidencePolicy.Allowed.class);
    }

    @Test
    void aTeacherOfTheSubjectWhoTeachesTheStudentMayCorrectAnotherTeachersEvidence() {
        long evidence = englishEvidenceAssessedBy("teacher.ela2");

        assertThat(policy.mayCorrect(teacher("teacher.ela"), evidence)).isInstanceOf(EvidencePolicy.Allowed.class);
    }

    @Test
    void aTeacherOfAnotherSubjectWhoTeachesTheStudentIsRefused() {
        long evidence = englishEvidenceAssessedBy("teacher.ela");

        assertThat(policy.mayCorrect(teacher("teacher.math"), evidence)).isInstanceOfSatisfying(
                EvidencePolicy.Refused.class, refused -> assertThat(refused.reason()).contains("teacher of this subject"));
    }

    @Test
    void aTeacherOfTheSubjectWhoDoesNotTeachTheStudentIsRefused() {
        long evidence = englishEvidenceAssessedBy("teacher.ela");

        assertThat(policy.mayCorrect(teacher("teacher.ela2"), evidence)).isInstanceOf(EvidencePolicy.Refused.class);
    }

    @Test
    void anAdministratorMayCorrectAnyEvidence() {
        long evidence = englishEvidenceAssessedBy("teacher.ela");

        assertThat(policy.mayCorrect(new Viewer("admin", Role.ADMIN), evidence)).isInstanceOf(EvidencePolicy.Allowed.class);
    }

    @Test
    void aCounselorAStudentOrAGuardianIsRefusedEvenForTheirOwnStudent() {
        long evidence = englishEvidenceAssessedBy("teacher.ela");

        assertThat(policy.mayCorrect(new Viewer("counselor1", Role.COUNSELOR), evidence))
                .isInstanceOf(EvidencePolicy.Refused.class);
        assertThat(policy.mayCorrect(new Viewer("student1", Role.STUDENT), evidence))
                .isInstanceOf(EvidencePolicy.Refused.class);
        assertThat(policy.mayCorrect(new Viewer("guardian1", Role.GUARDIAN), evidence))
                .isInstanceOf(EvidencePolicy.Refused.class);
    }

    @Test
    void evidenceScoringTwoSubjectsNeedsATeacherOfBoth() {
        long evidence = recorder.record(new NewEvidence(student, EvidenceKind.PROJECT, "Statistics essay",
                LocalDate.now().minusDays(1), staff("teacher.ela"), null, null, List.of(
                        Score.forObjective(englishObjective.id(), 3), Score.forObjective(objectiveOfArea("MATH").id(), 3))));

        assertThat(policy.mayCorrect(teacher("teacher.math"), evidence)).isInstanceOf(EvidencePolicy.Refused.class);
        assertThat(policy.mayCorrect(teacher("teacher.ela"), evidence)).isInstanceOf(EvidencePolicy.Allowed.class);
    }

    @Test
    void aCrossCurricularCompetencyMayBeCorrectedByAnyTeacherOfTheStudent() {
        long crossCurricular = framework.competencies().stream().filter(c -> c.areaCode() == null).findFirst()
                .orElseThrow().id();
        long evidence = recorder.record(new NewEvidence(student, EvidenceKind.PRESENTATION, "Debate",
                LocalDate.now().minusDays(1), staff("teacher.ela"), null, null,
                List.of(Score.forCompetency(crossCurricular, 3))));

        assertThat(policy.mayCorrect(teacher("teacher.math"), evidence)).isInstanceOf(EvidencePolicy.Allowed.class);
        assertThat(policy.mayCorrect(teacher("teacher.math2"), evidence)).isInstanceOf(EvidencePolicy.Refused.class);
    }

    @Test
    void evidenceOnARetiredObjectiveMayBeCorrectedOnlyByItsAssessorOrAnAdministrator() {
        long evidence = englishEvidenceAssessedBy("teacher.ela2");
        jdbc.update("update learning_objective set retired = true where id = ?", englishObjective.id());
        entities.clear();

        assertThat(policy.mayCorrect(teacher("teacher.ela"), evidence)).isInstanceOf(EvidencePolicy.Refused.class);
        assertThat(policy.mayCorrect(teacher("teacher.ela2"), evidence)).isInstanceOf(EvidencePolicy.Allowed.class);
        assertThat(policy.mayCorrect(new Viewer("admin", Role.ADMIN), evidence)).isInstanceOf(EvidencePolicy.Allowed.class);
    }

    @Test
    void aClassCoversItsSubjectAndTheCrossCurricularCompetenciesOnly() {
        var artClass = people.sectionsOfTeacher("teacher.art").get(0);

        var covered = policy.competenciesCoveredBy(artClass);

        assertThat(covered).isNotEmpty().allSatisfy(c -> assertThat(c.areaCode()).isIn("ART", null));
        assertThat(covered.get(0).areaCode()).isEqualTo("ART");
        assertThat(covered).anySatisfy(c -> assertThat(c.areaCode()).isNull());
    }

    private long englishEvidenceAssessedBy(String username) {
        return recorder.record(new NewEvidence(student, EvidenceKind.TEST, "Essay", LocalDate.now().minusDays(1),
                staff(username), null, null, List.of(Score.forObjective(englishObjective.id(), 3))));
    }

    private ObjectiveView objectiveOfArea(String areaCode) {
        var competencies = framework.competencies().stream().filter(c -> areaCode.equals(c.areaCode()))
                .map(c -> c.id()).toList();
        return framework.objectives().stream().filter(o -> competencies.contains(o.competencyId())).findFirst()
                .orElseThrow();
    }

    private long staff(String username) {
        return people.staffOfAccount(username).orElseThrow().id();
    }

    private static Viewer teacher(String username) {
        return new Viewer(username, Role.TEACHER);
    }
}
