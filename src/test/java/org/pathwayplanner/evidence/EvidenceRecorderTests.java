package org.pathwayplanner.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.people.PeopleDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@PlannerTest
@Transactional
class EvidenceRecorderTests {

    @Autowired
    EvidenceRecorder recorder;
    @Autowired
    EvidenceHistory history;
    @Autowired
    PeopleDirectory people;
    @Autowired
    FrameworkCatalog framework;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entities;

    long student;
    long objective;

    @BeforeEach
    void aStudentAndAnObjective() {
        student = people.studentOfAccount("student1").orElseThrow().id();
        objective = framework.objectives().get(0).id();
    }

    @Test
    void aCorrectionSupersedesTheOriginalAndBothStayInTheHistory() {
        long original = recorder.record(project(2));

        long correction = recorder.correct(original, project(3));

        List<EvidenceHistory.EvidenceView> all = history.historyOf(student);
        assertThat(all).filteredOn(e -> e.id() == original).singleElement()
                .satisfies(e -> assertThat(e.supersededById()).isEqualTo(correction));
        assertThat(all).filteredOn(e -> e.id() == correction).singleElement()
                .satisfies(e -> assertThat(e.supersedesId()).isEqualTo(original));
        assertThat(history.scoresOf(student)).filteredOn(s -> s.evidenceId() == original)
                .allSatisfy(s -> assertThat(s.superseded()).isTrue());
    }

    @Test
    void theRecentEvidenceIsTheNewestPartOfTheHistory() {
        recorder.record(project(2));
        recorder.record(project(3));

        List<EvidenceHistory.EvidenceView> all = history.historyOf(student);
        assertThat(all).hasSizeGreaterThan(3);
        assertThat(history.recentOf(student, 3)).containsExactlyElementsOf(all.subList(0, 3));
        assertThat(history.recentOf(student, all.size() + 5)).containsExactlyElementsOf(all);
    }

    @Test
    void aRecordAlreadyCorrectedCannotBeCorrectedAgain() {
        long original = recorder.record(project(2));
        recorder.correct(original, project(3));

        assertThatThrownBy(() -> recorder.correct(original, project(4)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already corrected");
    }

    @Test
    void aLevelOffTheScaleIsRefusedNamingTheFieldAndAKeyWithItsArguments() {
        int before = history.historyOf(student).size();

        assertThatThrownBy(() -> recorder.record(project(5)))
                .isInstanceOfSatisfying(EvidenceRefused.class, refused -> {
                    assertThat(refused.field()).isEqualTo("level-o" + objective);
                    assertThat(refused.getCodes()).containsExactly("evidence.error.levelOffScale");
                    assertThat(refused.getArguments()).containsExactly(5, 1, 4);
                })
                .hasMessageContaining("Level 5 is not on the proficiency scale (1-4)");
        assertThat(history.historyOf(student)).hasSize(before);
    }

    @Test
    void evidenceDatedInTheFutureIsRefused() {
        NewEvidence tomorrow = new NewEvidence(student, EvidenceKind.TEST, "Quiz", LocalDate.now().plusDays(1), null,
                null, null, List.of(Score.forObjective(objective, 3)));

        assertThatThrownBy(() -> recorder.record(tomorrow)).isInstanceOf(EvidenceRefused.class)
                .hasMessageContaining("in the future");
    }

    @Test
    void evidenceDatedBeforeTheDistrictsEarliestDateIsRefusedAndNothingIsSaved() {
        long original = recorder.record(project(2));
        int before = history.historyOf(student).size();
        NewEvidence yearOne = new NewEvidence(student, EvidenceKind.TEST, "Quiz", LocalDate.of(1, 1, 1), null,
                null, null, List.of(Score.forObjective(objective, 3)));

        assertThatThrownBy(() -> recorder.record(yearOne)).isInstanceOf(EvidenceRefused.class)
                .hasMessageContaining("before 2000-01-01");
        assertThatThrownBy(() -> recorder.correct(original, yearOne)).isInstanceOf(EvidenceRefused.class);
        assertThat(history.historyOf(student)).hasSize(before);
    }

    @Test
    void evidenceWithoutScoresIsRefused() {
        assertThatThrownBy(() -> new NewEvidence(student, EvidenceKind.TEST, "Quiz", LocalDate.now(), null, null, null,
                List.of())).hasMessageContaining("at least one score");
    }

    @Test
    void newEvidenceOnARetiredObjectiveIsRefusedButEarlierEvidenceCanStillBeCorrected() {
        long earlier = recorder.record(project(2));
        retire("learning_objective", objective);

        assertThatThrownBy(() -> recorder.record(project(3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Learning objective " + objective + " is retired");
        assertThat(recorder.correct(earlier, project(3))).isPositive();
    }

    @Test
    void newEvidenceOnARetiredCompetencyIsRefused() {
        long competency = framework.objectives().get(0).competencyId();
        retire("competency", competency);
        NewEvidence whole = new NewEvidence(student, EvidenceKind.PROJECT, "Capstone", LocalDate.now().minusDays(1),
                null, null, null, List.of(Score.forCompetency(competency, 3)));

        assertThatThrownBy(() -> recorder.record(whole)).hasMessageContaining("Competency " + competency + " is retired");
        assertThatThrownBy(() -> recorder.record(project(3))).hasMessageContaining("is retired");
    }

    @Test
    void theHistoryNamesEachAssessorFromThePeopleModule() {
        var math = people.staffOfAccount("teacher.math").orElseThrow();
        var counselor = people.staffOfAccount("counselor1").orElseThrow();
        // dated today, the latest an assessment may be: the three are the student's most recent whatever else
        // the suite recorded for them before
        long byMath = recorder.record(today(assessedBy(math.id())));
        long byCounselor = recorder.record(today(assessedBy(counselor.id())));
        long byNobody = recorder.record(today(project(2)));

        List<EvidenceHistory.EvidenceView> all = history.historyOf(student);

        assertThat(all).filteredOn(e -> e.id() == byMath).singleElement()
                .satisfies(e -> assertThat(e.assessorName()).isEqualTo(math.fullName()));
        assertThat(all).filteredOn(e -> e.id() == byCounselor).singleElement()
                .satisfies(e -> assertThat(e.assessorName()).isEqualTo(counselor.fullName()));
        assertThat(all).filteredOn(e -> e.id() == byNobody).singleElement()
                .satisfies(e -> assertThat(e.assessorName()).isNull());
        assertThat(history.recentOf(student, 3)).extracting(EvidenceHistory.EvidenceView::assessorName)
                .containsExactlyInAnyOrder(math.fullName(), counselor.fullName(), null);
    }

    @Test
    void evidenceForNoStudentOrOnNoObjectiveOrCompetencyIsRefused() {
        NewEvidence forNobody = new NewEvidence(987_654_321L, EvidenceKind.TEST, "Quiz", LocalDate.now(), null, null,
                null, List.of(Score.forObjective(objective, 3)));
        NewEvidence onNoObjective = new NewEvidence(student, EvidenceKind.TEST, "Quiz", LocalDate.now(), null, null,
                null, List.of(Score.forObjective(987_654_321L, 3)));
        NewEvidence onNoCompetency = new NewEvidence(student, EvidenceKind.TEST, "Quiz", LocalDate.now(), null, null,
                null, List.of(Score.forCompetency(987_654_321L, 3)));

        assertThatThrownBy(() -> recorder.record(forNobody)).hasMessageContaining("No student with id 987654321");
        assertThatThrownBy(() -> recorder.record(onNoObjective)).hasMessageContaining("No learning objective 987654321");
        assertThatThrownBy(() -> recorder.record(onNoCompetency)).hasMessageContaining("No competency 987654321");
    }

    private static NewEvidence today(NewEvidence e) {
        return new NewEvidence(e.studentId(), e.kind(), e.title(), LocalDate.now(), e.assessorId(), e.comment(), e.link(),
                e.scores());
    }

    private NewEvidence assessedBy(long staffId) {
        return new NewEvidence(student, EvidenceKind.PROJECT, "Bridge design project", LocalDate.now().minusDays(1),
                staffId, "Good structure", null, List.of(Score.forObjective(objective, 3)));
    }

    /** Marks a framework item retired in the database and drops cached entities so the next read sees it. */
    private void retire(String table, long id) {
        jdbc.update("update " + table + " set retired = true where id = ?", id);
        entities.clear();
    }

    private NewEvidence project(int level) {
        return new NewEvidence(student, EvidenceKind.PROJECT, "Bridge design project", LocalDate.now().minusDays(2),
                null, "Good structure", null, List.of(Score.forObjective(objective, level)));
    }
}
