package org.pathwayplanner.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.rules.Evaluation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The summary the lists read ({@code student_progress_summary}) is always the stored evaluation's: after an
 * evaluation, after an older evaluation was refused, after a district run (what a publish starts), and when the
 * stored evaluation goes (a leaver's records deleted, a deletion), every summary is what its payload says and none
 * is left without one.
 */
@PlannerTest
class ProgressSummariesTests {

    static final Instant NINE = Instant.parse("2026-11-24T09:00:00Z");
    static final Instant TEN = Instant.parse("2026-11-24T10:00:00Z");

    @Autowired
    ProgressStore store;
    @Autowired
    StudentProgress progress;
    @Autowired
    DistrictEvaluation district;
    @Autowired
    ProgressOfLeavers leavers;
    @Autowired
    PeopleDirectory people;
    @Autowired
    JdbcTemplate jdbc;

    long student;

    @BeforeEach
    void aStudent() {
        student = people.studentOfAccount("student7").orElseThrow().id();
    }

    @AfterEach
    void theStudentEvaluatedAgain() {
        jdbc.update("delete from student_progress where student_id = ?", student);
        progress.evaluate(student);
    }

    @Test
    void anEvaluationStoresItsSummaryWithIt() {
        jdbc.update("delete from student_progress where student_id = ?", student);

        Evaluation evaluation = progress.evaluate(student);

        assertThat(summariesRead(student)).containsExactly(normalised(
                ProgressStore.summaryOf(evaluation, store.load(student).orElseThrow().evaluatedAt())));
        everySummaryIsItsPayloads();
    }

    @Test
    void anOlderEvaluationRefusedLeavesTheSummaryOfTheStoredOne() {
        Evaluation real = progress.evaluate(student);
        store.save(new ProgressStore.Stamped(withVersion(real, "fresher"), Long.MAX_VALUE - 1, TEN), TEN);

        assertThat(store.save(new ProgressStore.Stamped(withVersion(real, "older"), 0, NINE), NINE)).isFalse();

        assertThat(jdbc.queryForObject("select rule_set_version from student_progress_summary where student_id = ?",
                String.class, student)).isEqualTo("fresher");
        everySummaryIsItsPayloads();
    }

    @Test
    void aDistrictRunLeavesEverySummaryAsItsPayload() {
        district.evaluateAll(done -> { });

        assertThat(jdbc.queryForObject("select count(*) from student_progress_summary", Long.class))
                .isEqualTo(people.countStudents());
        everySummaryIsItsPayloads();
    }

    @Test
    void aLeaversRecordsGoWithTheirSummary() {
        progress.evaluate(student);
        var leaver = people.student(student).orElseThrow();
        assertThat(leavers.countsOf(leaver)).containsEntry("progress", 1L);

        leavers.deleteRecordsOf(leaver);

        assertThat(leavers.countsOf(leaver)).containsEntry("progress", 0L);
        assertThat(summariesRead(student)).isEmpty();
        everySummaryIsItsPayloads();
    }

    @Test
    void aSummaryCannotOutliveItsStoredEvaluation() {
        progress.evaluate(student);

        jdbc.update("delete from student_progress where student_id = ?", student);

        assertThat(summariesRead(student)).isEmpty();
        assertThat(progress.summaries(List.of(student))).isEmpty();
        everySummaryIsItsPayloads();
    }

    /** Each stored evaluation has one summary, the one its payload gives, and there is no other summary. */
    private void everySummaryIsItsPayloads() {
        List<Long> stored = jdbc.queryForList("select student_id from student_progress order by student_id", Long.class);
        assertThat(jdbc.queryForList("select student_id from student_progress_summary order by student_id", Long.class))
                .isEqualTo(stored);
        List<ProgressSummary> read = progress.summaries(stored).stream().map(ProgressSummariesTests::normalised)
                .sorted(java.util.Comparator.comparingLong(ProgressSummary::studentId)).toList();
        List<ProgressSummary> fromPayloads = stored.stream().map(id -> store.load(id).orElseThrow())
                .map(s -> normalised(ProgressStore.summaryOf(s.evaluation(), s.evaluatedAt()))).toList();
        assertThat(read).isEqualTo(fromPayloads);
        assertThat(jdbc.queryForList("select rule_set_version from student_progress_summary order by student_id",
                String.class)).isEqualTo(stored.stream().map(id -> store.load(id).orElseThrow().evaluation()
                        .ruleSetVersion()).toList());
    }

    private List<ProgressSummary> summariesRead(long studentId) {
        return progress.summaries(List.of(studentId)).stream().map(ProgressSummariesTests::normalised).toList();
    }

    /** Credits compared by value: the columns keep two decimals, the evaluation as many as it summed. */
    private static ProgressSummary normalised(ProgressSummary s) {
        return new ProgressSummary(s.studentId(), s.auditStatus(), value(s.creditsEarned()), value(s.creditsRequired()),
                s.masteredCompetencies(), s.interventions(), s.readyToAccelerate(), s.evaluatedAt(),
                value(s.creditsExpected()));
    }

    private static BigDecimal value(BigDecimal credits) {
        return credits == null ? null : credits.stripTrailingZeros();
    }

    private static Evaluation withVersion(Evaluation real, String version) {
        return new Evaluation(real.studentId(), version, real.masteries(), real.levels(), real.methods(),
                real.readiness(), real.bundles(), real.credits(), real.overflows(), real.audit(), real.status(),
                real.flags(), real.waitingPathways(), real.creditsNotAwarded());
    }
}
