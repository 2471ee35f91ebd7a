package org.pathwayplanner.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.evidence.EvidenceKind;
import org.pathwayplanner.evidence.EvidenceRecorder;
import org.pathwayplanner.evidence.NewEvidence;
import org.pathwayplanner.evidence.Score;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.progress.ProgressViews.CompetencyProgress;
import org.pathwayplanner.progress.ProgressViews.StudentProgressView;
import org.pathwayplanner.rules.AuditDifference;
import org.springframework.beans.factory.annotation.Autowired;

/** Progress over the demo district: the real rules, the real database. */
@PlannerTest
class StudentProgressTests {

    @Autowired
    StudentProgress progress;
    @Autowired
    DistrictEvaluation district;
    @Autowired
    PeopleDirectory people;
    @Autowired
    FrameworkCatalog framework;
    @Autowired
    EvidenceRecorder recorder;

    @Test
    void aStudentCloseToGraduationIsOnTrackWithTheRightOutstandingList() {
        long senior = people.studentOfAccount("student.senior").orElseThrow().id();

        StudentProgressView view = progress.progressOf(senior);

        assertThat(view.audit().status()).isEqualTo("ON_TRACK");
        assertThat(view.audit().earned()).isGreaterThanOrEqualTo(new java.math.BigDecimal("20"));
        List<String> notMastered = view.competencies().stream().filter(c -> !c.mastered())
                .map(CompetencyProgress::title).toList();
        List<String> outstanding = view.audit().lines().stream()
                .flatMap(l -> l.competenciesToMaster().stream()).distinct().toList();
        assertThat(notMastered).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(notMastered).containsAll(outstanding);
        assertThat(view.audit().lines()).filteredOn(l -> l.outstanding().signum() > 0)
                .allSatisfy(l -> assertThat(l.why().reason()).contains("to go"));
    }

    @Test
    void aStrugglingStudentIsFlaggedForInterventionWithReasons() {
        long struggling = people.studentOfAccount("student.struggling").orElseThrow().id();

        StudentProgressView view = progress.progressOf(struggling);

        assertThat(view.audit().status()).isIn("AT_RISK", "OFF_TRACK");
        assertThat(view.flags()).filteredOn(f -> f.type().equals("NEEDS_INTERVENTION")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.why().reason()).contains("assessments below Developing"));
    }

    @Test
    void aStudentAheadIsReadyToAccelerateWithSuggestions() {
        long ahead = people.studentOfAccount("student.ahead").orElseThrow().id();

        StudentProgressView view = progress.progressOf(ahead);

        assertThat(view.flags()).filteredOn(f -> f.type().equals("READY_TO_ACCELERATE")).singleElement()
                .satisfies(f -> assertThat(f.competencies()).isNotEmpty());
    }

    @Test
    void everyCompetencyHasAStatusAndAnExplanation() {
        long student = people.studentOfAccount("student1").orElseThrow().id();

        StudentProgressView view = progress.progressOf(student);

        assertThat(view.competencies()).hasSize(framework.competencies().size())
                .allSatisfy(c -> {
                    assertThat(c.status()).isIn("MASTERED", "IN_PROGRESS", "READY", "LOCKED");
                    assertThat(c.readiness().rule()).isNotBlank();
                    assertThat(c.readiness().reason()).contains(c.title());
                });
        assertThat(view.competencies()).filteredOn(c -> c.status().equals("LOCKED"))
                .allSatisfy(c -> assertThat(c.missingPrerequisites()).isNotEmpty());
    }

    @Test
    void recordingEvidenceRecomputesTheStoredResultBeforeCommit() {
        long student = people.studentOfAccount("student.struggling").orElseThrow().id();
        CompetencyProgress open = progress.progressOf(student).competencies().stream()
                .filter(c -> c.status().equals("IN_PROGRESS") && c.areaCode() != null && !c.areaCode().equals("WL")
                        && !c.areaCode().equals("SCI"))
                .findFirst().orElseThrow();
        List<Score> allObjectivesProficient = framework.objectives().stream()
                .filter(o -> o.competencyId() == open.id()).map(o -> Score.forObjective(o.id(), 4)).toList();

        recorder.record(new NewEvidence(student, EvidenceKind.EXHIBITION, "Exhibition of learning",
                LocalDate.now().minusDays(1), null, null, null, allObjectivesProficient));

        CompetencyProgress after = progress.progressOf(student).competencies().stream()
                .filter(c -> c.id() == open.id()).findFirst().orElseThrow();
        assertThat(after.status()).isEqualTo("MASTERED");
        assertThat(after.mastery().reason()).contains("learning objectives mastered");
    }

    @Test
    void aWhatIfPathwayShowsTheCreditsItWouldBringAndSavesNothing() {
        long student = people.studentOfAccount("student1").orElseThrow().id();
        var before = progress.progressOf(student);

        AuditDifference difference = progress.whatIf(student, new Hypothesis(List.of(),
                List.of(new Hypothesis.HypotheticalPathway("Hospital internship", "STEM", new java.math.BigDecimal("1")))));

        assertThat(difference.earnedAfter()).isEqualByComparingTo(difference.earnedBefore().add(java.math.BigDecimal.ONE));
        assertThat(difference.areas()).filteredOn(a -> a.areaCode().equals("STEM"))
                .singleElement().satisfies(a -> assertThat(a.changed()).isTrue());
        assertThat(progress.progressOf(student).audit().earned()).isEqualByComparingTo(before.audit().earned());
    }

    @Test
    void theDistrictEvaluationCoversEveryStudentOnTheRulesInUse() {
        DistrictEvaluation.Result result = district.evaluateAll(done -> { });

        assertThat(result.students()).isEqualTo((int) people.countStudents());
        assertThat(progress.summaries(people.roster().stream().map(r -> r.studentId()).toList()))
                .hasSize(result.students())
                .allSatisfy(s -> assertThat(s.auditStatus()).isIn("MET", "ON_TRACK", "AT_RISK", "OFF_TRACK"));
    }
}
