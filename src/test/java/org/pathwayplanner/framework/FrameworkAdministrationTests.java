package org.pathwayplanner.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.evidence.EvidenceHistory;
import org.pathwayplanner.evidence.EvidenceKind;
import org.pathwayplanner.evidence.EvidenceRecorder;
import org.pathwayplanner.evidence.NewEvidence;
import org.pathwayplanner.evidence.Score;
import org.pathwayplanner.framework.ChangeRefused.Reason;
import org.pathwayplanner.framework.FrameworkForms.AreaForm;
import org.pathwayplanner.framework.FrameworkForms.CompetencyForm;
import org.pathwayplanner.framework.FrameworkForms.LevelForm;
import org.pathwayplanner.framework.FrameworkForms.ObjectiveForm;
import org.pathwayplanner.framework.FrameworkForms.StandardForm;
import org.pathwayplanner.framework.FrameworkViews.CompetencyView;
import org.pathwayplanner.framework.FrameworkViews.ObjectiveView;
import org.pathwayplanner.framework.FrameworkViews.PrerequisiteEdge;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** An administrator creates, revises and retires framework items; nothing evidence points to is deleted. */
@PlannerTest
@Transactional
@org.springframework.test.context.event.RecordApplicationEvents
class FrameworkAdministrationTests {

    @Autowired
    org.springframework.test.context.event.ApplicationEvents events;

    @Autowired
    FrameworkEditor editor;
    @Autowired
    FrameworkCatalog catalog;
    @Autowired
    EvidenceRecorder recorder;
    @Autowired
    EvidenceHistory history;
    @Autowired
    PeopleDirectory people;
    @Autowired
    StudentProgress progress;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** Evaluations cache the framework; whatever a rolled-back test built must not outlive it. */
    @org.junit.jupiter.api.BeforeEach
    @org.junit.jupiter.api.AfterEach
    void forgetTheCachedFramework() {
        progress.frameworkChanged();
    }

    @Test
    void aNewCompetencyKeepsItsCodeAndGetsANameBasedIdentifier() {
        Competency created = editor.createCompetency(competency("FIN-01", "Budget for a household", areaId("MATH")));

        assertThat(created.getCaseIdentifier()).isEqualTo(CaseIdentifier.of("competency", "FIN-01"));
        assertThat(catalog.competencies()).extracting(CompetencyView::code).contains("FIN-01");
        assertThat(catalog.competency(created.getId()).orElseThrow().areaCode()).isEqualTo("MATH");
    }

    @Test
    void aFormWithADuplicateCodeAndNoTitleIsRefusedWithEveryReasonAndNothingIsSaved() {
        long before = catalog.countCompetencies();
        CompetencyForm form = competency("MATH-01", " ", null);
        form.setExpectedGrade(14);

        assertThatThrownBy(() -> editor.createCompetency(form)).isInstanceOfSatisfying(ChangeRefused.class, e ->
                assertThat(e.reasons()).extracting(Reason::field, Reason::code).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("code", "admin.error.duplicateCode"),
                        org.assertj.core.groups.Tuple.tuple("title", "admin.error.required"),
                        org.assertj.core.groups.Tuple.tuple("expectedGrade", "admin.error.grade")));
        assertThat(catalog.countCompetencies()).isEqualTo(before);
    }

    @Test
    void anUnknownCalculationMethodIsRefusedAndAKnownOneOverridesTheDistrictDefault() {
        CompetencyForm form = competency("FIN-02", "Compare loans", null);
        form.setCalculationMethod("LUCKY_GUESS");
        assertThatThrownBy(() -> editor.createCompetency(form)).isInstanceOf(ChangeRefused.class)
                .hasMessageContaining("Unknown calculation method LUCKY_GUESS");

        form.setCalculationMethod("HIGHEST");
        form.setPointsThreshold(3);
        Competency created = editor.createCompetency(form);

        CompetencyView view = catalog.competency(created.getId()).orElseThrow();
        assertThat(view.calculationMethod()).isEqualTo("HIGHEST");
        assertThat(view.kind()).isEqualTo("CROSS_CURRICULAR");
        assertThat(view.rollUp()).isEqualTo("POINTS");
        assertThat(view.pointsThreshold()).isEqualTo(3);
    }

    @Test
    void revisingACompetencyChangesWhatItSaysButNotItsCodeOrIdentifier() {
        Competency created = editor.createCompetency(competency("FIN-03", "Read a pay slip", null));
        String identifier = created.getCaseIdentifier();

        CompetencyForm revised = competency("SOMETHING-ELSE", "Read a pay slip and a tax form", areaId("SS"));
        editor.reviseCompetency(created.getId(), revised);

        CompetencyView view = catalog.competency(created.getId()).orElseThrow();
        assertThat(view.code()).isEqualTo("FIN-03");
        assertThat(view.title()).isEqualTo("Read a pay slip and a tax form");
        assertThat(view.areaCode()).isEqualTo("SS");
        assertThat(editor.find(created.getId()).getCaseIdentifier()).isEqualTo(identifier);
    }

    @Test
    void objectivesAreAddedWithCodesThatFollowTheCompetencyRevisedAndRetired() {
        Competency created = editor.createCompetency(competency("FIN-04", "Plan savings", null));
        LearningObjective first = editor.addObjective(created.getId(), objective("Set a savings goal", 2, true));
        LearningObjective second = editor.addObjective(created.getId(), objective("Track spending", 1, false));

        assertThat(first.getCode()).isEqualTo("FIN-04.1");
        assertThat(second.getCode()).isEqualTo("FIN-04.2");
        assertThat(first.getCaseIdentifier()).isEqualTo(CaseIdentifier.of("learning-objective", "FIN-04.1"));

        editor.reviseObjective(first.getId(), objective("Set a savings goal and a date", 3, true));
        editor.retireObjective(second.getId());

        assertThat(catalog.objectives()).filteredOn(o -> o.competencyId() == created.getId())
                .extracting(ObjectiveView::title, ObjectiveView::points)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Set a savings goal and a date", 3));
        assertThat(catalog.competencyRows()).filteredOn(c -> c.id() == created.getId()).singleElement()
                .satisfies(c -> assertThat(c.objectives()).hasSize(2));
    }

    @Test
    void anObjectiveWithoutTitleOrPointsIsRefused() {
        Competency created = editor.createCompetency(competency("FIN-05", "Insure", null));
        ObjectiveForm form = objective("", 0, true);

        assertThatThrownBy(() -> editor.addObjective(created.getId(), form)).isInstanceOfSatisfying(
                ChangeRefused.class, e -> assertThat(e.reasons()).extracting(Reason::field)
                        .containsExactlyInAnyOrder("title", "points"));
    }

    @Test
    void aRetiredCompetencyIsNoLongerOfferedOrEvaluatedButItsEvidenceStaysInTheHistory() {
        Competency created = editor.createCompetency(competency("FIN-06", "Understand credit", null));
        LearningObjective objective = editor.addObjective(created.getId(), objective("Explain interest", 1, true));
        Competency prerequisite = editor.competenciesByCode(List.of("MATH-01")).get("MATH-01");
        editor.addPrerequisite(created.getId(), prerequisite.getId());
        long student = people.studentOfAccount("student1").orElseThrow().id();
        long evidence = recorder.record(new NewEvidence(student, EvidenceKind.PROJECT, "Credit card project",
                LocalDate.now().minusDays(2), null, null, null, List.of(Score.forObjective(objective.getId(), 4))));
        progress.frameworkChanged();
        assertThat(progress.evaluate(student).competencyMastery(created.getId())).isPresent();

        editor.retireCompetency(created.getId());

        assertThat(catalog.competencies()).extracting(CompetencyView::id).doesNotContain(created.getId());
        assertThat(catalog.objectives()).extracting(ObjectiveView::id).doesNotContain(objective.getId());
        assertThat(catalog.prerequisites()).doesNotContain(new PrerequisiteEdge(created.getId(), prerequisite.getId()));
        assertThat(catalog.snapshot().competencies()).extracting(CompetencyView::id).doesNotContain(created.getId());
        progress.frameworkChanged();
        assertThat(progress.evaluate(student).competencyMastery(created.getId())).isEmpty();
        assertThat(history.historyOf(student)).anySatisfy(e -> {
            assertThat(e.id()).isEqualTo(evidence);
            assertThat(e.scores()).extracting(s -> s.objectiveId()).containsExactly(objective.getId());
        });
        assertThat(catalog.competency(created.getId())).isPresent();
        assertThat(catalog.competencyDetail(created.getId()).orElseThrow())
                .satisfies(d -> assertThat(d.competency().retired()).isTrue())
                .satisfies(d -> assertThat(d.scoresRecorded()).isEqualTo(1));
    }

    @Test
    void aCompetencysRecordedScoresCountThoseOnItAndOnEachOfItsObjectives() {
        List<CompetencyView> some = catalog.competencies().stream().limit(6).toList();
        assertThat(some).isNotEmpty();
        long counted = 0;
        for (CompetencyView competency : some) {
            long byJoin = jdbc.queryForObject("""
                    select count(*) from evidence_score s
                     where s.competency_id = ?
                        or s.objective_id in (select o.id from learning_objective o where o.competency_id = ?)""",
                    Long.class, competency.id(), competency.id());
            assertThat(catalog.competencyDetail(competency.id()).orElseThrow().scoresRecorded()).isEqualTo(byJoin);
            counted += byJoin;
        }
        assertThat(counted).isPositive();
    }

    @Test
    void noPrerequisiteCanBeAddedToOrFromARetiredCompetency() {
        Competency created = editor.createCompetency(competency("FIN-07", "Rent a flat", null));
        editor.retireCompetency(created.getId());
        long math = editor.competenciesByCode(List.of("MATH-01")).get("MATH-01").getId();

        assertThatThrownBy(() -> editor.addPrerequisite(created.getId(), math)).isInstanceOf(ChangeRefused.class)
                .hasMessageContaining("FIN-07 is retired");
        assertThatThrownBy(() -> editor.addPrerequisite(math, created.getId())).isInstanceOf(ChangeRefused.class);
    }

    @Test
    void aPrerequisiteIsRemoved() {
        var c = editor.competenciesByCode(List.of("MATH-02", "MATH-01"));
        PrerequisiteEdge edge = new PrerequisiteEdge(c.get("MATH-02").getId(), c.get("MATH-01").getId());
        assertThat(catalog.prerequisites()).contains(edge);

        editor.removePrerequisite(edge.competencyId(), edge.prerequisiteId());

        assertThat(catalog.prerequisites()).doesNotContain(edge);
    }

    @Test
    void anAreaWithCompetenciesInUseCannotBeRetiredAnEmptyOneCan() {
        assertThatThrownBy(() -> editor.retireArea(areaId("MATH"))).isInstanceOf(ChangeRefused.class)
                .hasMessageContaining("MATH-01");

        AreaForm form = new AreaForm();
        form.setCode("CTE");
        form.setName("Career and technical education");
        ContentArea area = editor.addArea(form);
        assertThat(area.getCaseIdentifier()).isEqualTo(CaseIdentifier.of("content-area", "CTE"));
        editor.retireArea(area.getId());

        assertThat(catalog.areas()).extracting(a -> a.code()).doesNotContain("CTE");
        assertThat(catalog.areaRows()).filteredOn(a -> a.code().equals("CTE")).singleElement()
                .satisfies(a -> assertThat(a.retired()).isTrue());
    }

    @Test
    void aCompetencyCannotGoIntoARetiredArea() {
        ContentArea area = editor.addArea("OLD", "Old area");
        editor.retireArea(area.getId());

        assertThatThrownBy(() -> editor.createCompetency(competency("FIN-08", "Old skill", area.getId())))
                .isInstanceOfSatisfying(ChangeRefused.class, e -> assertThat(e.reasons())
                        .extracting(Reason::field).containsExactly("areaId"));
    }

    @Test
    void standardsAreAddedOnceAndAlignedAndUnaligned() {
        StandardForm form = new StandardForm();
        form.setCode("CT.PF.1");
        form.setStatement("Students develop a personal financial plan.");
        StateStandard standard = editor.addStandard(form);
        assertThatThrownBy(() -> editor.addStandard(form)).isInstanceOf(ChangeRefused.class)
                .hasMessageContaining("CT.PF.1 is taken");
        Competency created = editor.createCompetency(competency("FIN-09", "Plan finances", null));

        editor.align(created.getId(), standard.getId());
        assertThat(catalog.standardRows()).filteredOn(s -> s.code().equals("CT.PF.1")).singleElement()
                .satisfies(s -> assertThat(s.competencyCodes()).containsExactly("FIN-09"));
        assertThat(catalog.competencyDetail(created.getId()).orElseThrow().standards())
                .extracting(AdminViews.StandardRow::code).containsExactly("CT.PF.1");

        editor.unalign(created.getId(), standard.getId());
        assertThat(catalog.competencyDetail(created.getId()).orElseThrow().standards()).isEmpty();
    }

    @Test
    void theScaleIsReCutWithALevelAboveAndTheNewTopLevelRemovedAgain() {
        LevelForm form = new LevelForm();
        form.setLabel("Distinguished");
        int value = editor.addLevel(form);

        assertThat(value).isEqualTo(5);
        assertThat(catalog.scale().maxLevel()).isEqualTo(5);
        assertThat(catalog.scale().levels().get(4).caseIdentifier())
                .isEqualTo(CaseIdentifier.of("proficiency-level", "5"));

        editor.removeLevel(5);
        assertThat(catalog.scale().maxLevel()).isEqualTo(4);
    }

    @Test
    void aLevelRecordedScoresUseIsNotRemovedAndTheScaleStaysAsItWas() {
        var before = catalog.scale();

        assertThatThrownBy(() -> editor.removeLevel(1)).isInstanceOfSatisfying(ChangeRefused.class, e -> {
            assertThat(e.reasons()).singleElement().satisfies(r -> assertThat(r.code()).isEqualTo("admin.error.levelInUse"));
            assertThat(e).hasMessageContaining("recorded scores are at level 1");
        });
        assertThat(catalog.scale()).isEqualTo(before);
    }

    @Test
    void aLevelWithoutANameIsNotAdded() {
        LevelForm form = new LevelForm();
        form.setLabel(" ");
        form.setPosition("SIDEWAYS");

        assertThatThrownBy(() -> editor.addLevel(form)).isInstanceOfSatisfying(ChangeRefused.class, e ->
                assertThat(e.reasons()).extracting(Reason::field).containsExactlyInAnyOrder("label", "position"));
        assertThat(catalog.scale().levels()).hasSize(4);
    }

    @Test
    void theDemoFrameworkAndTheScaleCarryIdentifiersDerivedFromTheirCodes() {
        Competency math = editor.competenciesByCode(List.of("MATH-01")).get("MATH-01");

        assertThat(math.getCaseIdentifier()).isEqualTo(CaseIdentifier.of("competency", "MATH-01"));
        assertThat(catalog.scale().caseIdentifier()).isEqualTo(CaseIdentifier.of("proficiency-scale", "district"))
                .isEqualTo("07424514-d797-3c41-8bb0-c51fd77f7f57");
        assertThat(catalog.scale().levels()).allSatisfy(l -> assertThat(l.caseIdentifier())
                .isEqualTo(CaseIdentifier.of("proficiency-level", String.valueOf(l.value()))));
    }

    @Test
    void everyChangeThatCanMoveAResultAsksForEveryStudentToBeRecomputedAndAlignmentsDoNot() {
        Competency created = editor.createCompetency(competency("FIN-13", "Donate wisely", null));
        LearningObjective objective = editor.addObjective(created.getId(), objective("Check a charity", 1, true));
        editor.reviseObjective(objective.getId(), objective("Check a charity's accounts", 1, true));
        long math = editor.competenciesByCode(List.of("MATH-01")).get("MATH-01").getId();
        editor.addPrerequisite(created.getId(), math);
        editor.removePrerequisite(created.getId(), math);
        editor.reviseCompetency(created.getId(), competency("FIN-13", "Donate wisely and well", null));
        editor.retireObjective(objective.getId());
        editor.retireCompetency(created.getId());
        LevelForm level = new LevelForm();
        level.setLabel("Distinguished");
        editor.addLevel(level);
        editor.removeLevel(5);
        assertThat(events.stream(FrameworkChanged.class)).hasSize(10);

        StandardForm standard = new StandardForm();
        standard.setCode("CT.PF.9");
        standard.setStatement("Give");
        editor.align(math, editor.addStandard(standard).getId());
        assertThat(events.stream(FrameworkChanged.class)).hasSize(10);
    }

    private long areaId(String code) {
        return catalog.areas().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow().id();
    }

    static CompetencyForm competency(String code, String title, Long areaId) {
        CompetencyForm form = new CompetencyForm();
        form.setCode(code);
        form.setTitle(title);
        form.setAreaId(areaId);
        form.setExpectedGrade(11);
        return form;
    }

    static ObjectiveForm objective(String title, int points, boolean required) {
        ObjectiveForm form = new ObjectiveForm();
        form.setTitle(title);
        form.setPoints(points);
        form.setRequired(required);
        return form;
    }
}
