package org.pathwayplanner.evidence.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pathwayplanner.evidence.gradebook.GradebookFiles.aFile;
import static org.pathwayplanner.evidence.gradebook.GradebookFiles.aTitle;
import static org.pathwayplanner.evidence.gradebook.GradebookFiles.yesterday;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.evidence.EvidenceHistory;
import org.pathwayplanner.evidence.EvidenceHistory.EvidenceView;
import org.pathwayplanner.evidence.EvidenceKind;
import org.pathwayplanner.evidence.NewEvidence;
import org.pathwayplanner.evidence.Score;
import org.pathwayplanner.evidence.gradebook.ImportPlan.Change;
import org.pathwayplanner.evidence.gradebook.ImportPlan.Planned;
import org.pathwayplanner.exchange.DataExchangeLog;
import org.pathwayplanner.exchange.ImportProblem;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.framework.FrameworkViews.CompetencyView;
import org.pathwayplanner.framework.FrameworkViews.ObjectiveView;
import org.pathwayplanner.framework.ScoreTargets;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.exchange.ImportProblems;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PlannerTest
class GradebookImportTests {

    @Autowired
    EvidenceImports imports;
    @Autowired
    GradebookReader reader;
    @Autowired
    ImportWriter writer;
    @Autowired
    PeopleDirectory people;
    @Autowired
    FrameworkCatalog framework;
    @Autowired
    ScoreTargets targets;
    @Autowired
    EvidenceHistory history;
    @Autowired
    DataExchangeLog log;
    @Autowired
    JdbcTemplate jdbc;

    StudentView student;
    StudentView another;
    CompetencyView competency;
    ObjectiveView objective;
    ObjectiveView secondObjective;
    String objectiveCase;

    @BeforeEach
    void aStudentAndAnObjective() {
        var roster = people.roster();
        student = people.student(roster.get(roster.size() - 3).studentId()).orElseThrow();
        another = people.student(roster.get(roster.size() - 4).studentId()).orElseThrow();
        competency = framework.competencies().stream().filter(c -> "MATH".equals(c.areaCode())).findFirst().orElseThrow();
        List<ObjectiveView> objectives = framework.objectives().stream().filter(o -> o.competencyId() == competency.id())
                .toList();
        objective = objectives.get(0);
        secondObjective = objectives.get(1);
        objectiveCase = targets.all().stream().filter(t -> objective.id() == (t.objectiveId() == null ? -1 : t.objectiveId()))
                .findFirst().orElseThrow().caseIdentifier();
    }

    @Test
    void everyProblemIsReportedWithItsLineAndColumnAndNothingIsPlanned() {
        String title = aTitle("Quiz");
        byte[] file = aFile()
                .score("nobody-404", objective.code(), "3", yesterday(), "TEST", title, "teacher.math")
                .score(student.studentNumber(), "NO.SUCH.CODE", "3", yesterday(), "TEST", title, "teacher.math")
                .score(student.studentNumber(), objective.code(), "7", yesterday(), "TEST", title, "teacher.math")
                .score(student.studentNumber(), objective.code(), "3", "05/10/2026", "TEST", title, "teacher.math")
                .score(student.studentNumber(), objective.code(), "3", LocalDate.now().plusDays(3).toString(), "TEST", title, "teacher.math")
                .score(student.studentNumber(), objective.code(), "3", yesterday(), "HOMEWORK", title, "teacher.math")
                .score(student.studentNumber(), objective.code(), "3", yesterday(), "TEST", title, "no.such.teacher")
                .score(student.studentNumber(), objective.code(), "3", yesterday(), "PATHWAY_EVALUATION", title, "teacher.math")
                .bytes();

        ImportPlan plan = reader.read("bad.csv", file);

        assertThat(plan.acceptable()).isFalse();
        assertThat(plan.records()).isEmpty();
        assertThat(plan.problems().list()).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, "student", "gradebook.problem.unknownStudent"),
                        org.assertj.core.groups.Tuple.tuple(3L, "competency", "gradebook.problem.unknownTarget"),
                        org.assertj.core.groups.Tuple.tuple(4L, "level", "gradebook.problem.levelOffScale"),
                        org.assertj.core.groups.Tuple.tuple(5L, "date", "gradebook.problem.badDate"),
                        org.assertj.core.groups.Tuple.tuple(6L, "date", "gradebook.problem.futureDate"),
                        org.assertj.core.groups.Tuple.tuple(7L, "kind", "gradebook.problem.unknownKind"),
                        org.assertj.core.groups.Tuple.tuple(8L, "assessor", "gradebook.problem.unknownAssessor"),
                        org.assertj.core.groups.Tuple.tuple(9L, "kind", "gradebook.problem.pathwayKind"));
    }

    @Test
    void aStudentWhoLeftTheDistrictTakesNoImportedEvidenceAndTheLineSaysWhy() {
        var roster = people.roster();
        StudentView leaver = people.student(roster.get(roster.size() - 5).studentId()).orElseThrow();
        jdbc.update("update student set retired_at = current_timestamp where id = ?", leaver.id());
        try {
            byte[] file = aFile().score(leaver.studentNumber(), objective.code(), "3", yesterday(), "TEST",
                    aTitle("Quiz"), "teacher.math").bytes();

            ImportPlan plan = reader.read("leaver.csv", file);

            assertThat(plan.records()).isEmpty();
            assertThat(plan.problems().list()).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::key)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "student", "gradebook.problem.studentLeft"));
        } finally {
            jdbc.update("update student set retired_at = null where id = ?", leaver.id());
        }
    }

    @Test
    void aMissingRequiredColumnIsReportedOnTheHeaderLine() {
        byte[] file = GradebookFiles.withHeader("student,competency,date,kind,title")
                .line(student.studentNumber() + "," + objective.code() + "," + yesterday() + ",TEST,Quiz").bytes();

        ImportPlan plan = reader.read("no-level.csv", file);

        assertThat(plan.problems().list()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isEqualTo("level");
            assertThat(p.key()).isEqualTo("gradebook.problem.missingColumn");
        });
    }

    @Test
    void headersAreFoundByNameInAnyOrderAndLevelsByTheirLabel() {
        String title = aTitle("Unit project");
        byte[] file = GradebookFiles.withHeader("Title,Kind,Score,StudentSourcedId,ScoreDate,LearningObjectiveId,ext_note")
                .line(title + ",project,Proficient," + student.username() + "," + yesterday() + "T00:00:00Z," + objectiveCase + ",x")
                .bytes();

        ImportPlan plan = reader.read("lms.csv", file);

        assertThat(plan.problems().list()).isEmpty();
        assertThat(plan.records()).singleElement().satisfies(p -> {
            assertThat(p.change()).isEqualTo(Change.CREATE);
            assertThat(p.evidence().kind()).isEqualTo(EvidenceKind.PROJECT);
            assertThat(p.evidence().assessorId()).isNull();
            assertThat(p.evidence().scores()).containsExactly(Score.forObjective(objective.id(), 3));
        });
    }

    @Test
    void rowsOfTheSameWorkBecomeOneEvidenceRecordWithSeveralScoresNamingItsImport() {
        String title = aTitle("Unit test");
        byte[] file = aFile()
                .score(student.studentNumber(), objective.code(), "3", yesterday(), "TEST", title, "teacher.math")
                .score(student.studentNumber(), secondObjective.code(), "2", yesterday(), "TEST", title, "teacher.math")
                .score(another.studentNumber(), objective.code(), "4", yesterday(), "TEST", title, "teacher.math")
                .bytes();

        EvidenceImports.Preview preview = imports.dryRun("unit.csv", file, "admin");
        assertThat(preview.plan().counts().summary()).isEqualTo("evidence +2 ~0 -0 =0");
        EvidenceImports.Imported imported = imports.importPreviewed(preview.token(), preview.plan().sha256(), "admin");

        assertThat(imported.importId()).isPresent();
        EvidenceView recorded = titled(student.id(), title);
        assertThat(recorded.scores()).hasSize(2);
        assertThat(recorded.assessorName()).isNotBlank();
        assertThat(jdbc.queryForObject("select import_id from evidence where id = ?", Long.class, recorded.id()))
                .isEqualTo(imported.importId().get());
        assertThat(log.newest(3)).anySatisfy(e -> {
            assertThat(e.direction().name()).isEqualTo("IMPORT");
            assertThat(e.subject()).isEqualTo("unit.csv");
            assertThat(e.summary()).contains("evidence +2");
        });
    }

    @Test
    void theSameFileTwiceChangesNothingTheSecondTime() {
        byte[] file = aFile().score(student.studentNumber(), objective.code(), "2", yesterday(), "TEST", aTitle("Quiz"),
                "teacher.math").bytes();
        importNow(file);
        int before = history.historyOf(student.id()).size();

        EvidenceImports.Preview again = imports.dryRun("same.csv", file, "admin");
        EvidenceImports.Imported imported = imports.importPreviewed(again.token(), again.plan().sha256(), "admin");

        assertThat(again.plan().counts().changes()).isZero();
        assertThat(again.plan().counts().summary()).isEqualTo("evidence +0 ~0 -0 =1");
        assertThat(imported.importId()).isEmpty();
        assertThat(history.historyOf(student.id())).hasSize(before);
    }

    @Test
    void aChangedLevelCorrectsTheRecordTheEarlierImportMadeAndUndoRestoresIt() {
        String title = aTitle("Lab");
        long first = importNow(aFile().score(student.studentNumber(), objective.code(), "2", yesterday(), "TEST", title,
                "teacher.math").bytes());
        long original = titled(student.id(), title).id();

        long second = importNow(aFile().score(student.studentNumber(), objective.code(), "4", yesterday(), "TEST", title,
                "teacher.math").bytes());

        EvidenceView current = titled(student.id(), title);
        assertThat(current.supersedesId()).isEqualTo(original);
        assertThat(history.historyOf(student.id()).stream().filter(e -> e.id() == original).findFirst().orElseThrow()
                .withdrawn()).as("an earlier import's record the gradebook re-scored is corrected, not withdrawn").isFalse();
        assertThat(current.scores()).extracting(s -> s.level()).containsExactly(4);

        ImportWriter.Undone undone = imports.undo(second, "admin");

        assertThat(undone.restored()).isEqualTo(1);
        EvidenceView restored = titled(student.id(), title);
        assertThat(restored.scores()).extracting(s -> s.level()).containsExactly(2);
        assertThat(restored.supersedesId()).isEqualTo(current.id());
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void undoingAnImportWithdrawsItsRecordsKeepsThemInTheHistoryAndTheRulesNoLongerCountThem() {
        String title = aTitle("Exhibition");
        long importId = importNow(aFile().score(student.studentNumber(), competency.code(), "4", yesterday(), "EXHIBITION",
                title, "teacher.math").bytes());
        long recorded = titled(student.id(), title).id();
        java.sql.Timestamp evaluatedBefore = evaluatedAt();

        ImportWriter.Undone undone = imports.undo(importId, "admin");

        assertThat(undone.withdrawn()).isEqualTo(1);
        EvidenceView withdrawn = history.historyOf(student.id()).stream().filter(e -> e.id() == recorded).findFirst()
                .orElseThrow();
        assertThat(withdrawn.isSuperseded()).isTrue();
        assertThat(withdrawn.withdrawn()).as("shown as withdrawn, not as corrected").isTrue();
        assertThat(history.scoresOf(student.id())).filteredOn(s -> s.evidenceId() == recorded)
                .allSatisfy(s -> assertThat(s.superseded()).isTrue());
        assertThat(jdbc.queryForObject("select count(*) from evidence where id = ?", Integer.class, recorded)).isEqualTo(1);
        assertThat(evaluatedAt()).as("the student's results were recomputed after the withdrawal").isAfter(evaluatedBefore);
        assertThatThrownBy(() -> imports.undo(importId, "admin")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anImportThatFailsMidwayLeavesTheDatabaseAsItWas() {
        String title = aTitle("Half");
        NewEvidence good = new NewEvidence(student.id(), EvidenceKind.TEST, title, LocalDate.now().minusDays(1), null,
                null, null, List.of(Score.forObjective(objective.id(), 3)));
        NewEvidence noSuchStudent = new NewEvidence(987_654_321L, EvidenceKind.TEST, title, LocalDate.now().minusDays(1),
                null, null, null, List.of(Score.forObjective(objective.id(), 3)));
        ImportPlan plan = new ImportPlan("half.csv", "0".repeat(64), 2, List.of(
                new Planned("k1-" + title, good, Change.CREATE, null, 2),
                new Planned("k2-" + title, noSuchStudent, Change.CREATE, null, 3)), new ImportProblems());
        int imports = jdbc.queryForObject("select count(*) from evidence_import", Integer.class);

        assertThatThrownBy(() -> writer.write(plan, "admin")).isInstanceOf(IllegalArgumentException.class);

        assertThat(history.historyOf(student.id())).noneMatch(e -> e.title().equals(title));
        assertThat(jdbc.queryForObject("select count(*) from evidence_import", Integer.class)).isEqualTo(imports);
    }

    @Test
    void aDryRunTokenImportsOnlyTheFileItWasGivenForAndOnlyOnce() {
        byte[] file = aFile().score(student.studentNumber(), objective.code(), "3", yesterday(), "TEST", aTitle("Once"),
                "teacher.math").bytes();
        EvidenceImports.Preview preview = imports.dryRun("once.csv", file, "admin");

        assertThat(imports.importPreviewed(preview.token(), "f".repeat(64), "admin").expired()).isTrue();
        assertThat(imports.importPreviewed(preview.token(), preview.plan().sha256(), "someone.else").expired()).isTrue();
        assertThat(imports.importPreviewed(preview.token(), preview.plan().sha256(), "admin").done()).isTrue();
        assertThat(imports.importPreviewed(preview.token(), preview.plan().sha256(), "admin").expired()).isTrue();
    }

    private java.sql.Timestamp evaluatedAt() {
        return jdbc.queryForObject("select evaluation_started_at from student_progress where student_id = ?",
                java.sql.Timestamp.class, student.id());
    }

    private long importNow(byte[] file) {
        EvidenceImports.Preview preview = imports.dryRun("file.csv", file, "admin");
        assertThat(preview.plan().problems().list()).isEmpty();
        return imports.importPreviewed(preview.token(), preview.plan().sha256(), "admin").importId().orElseThrow();
    }

    private EvidenceView titled(long studentId, String title) {
        return history.historyOf(studentId).stream().filter(e -> e.title().equals(title) && !e.isSuperseded())
                .findFirst().orElseThrow();
    }
}
