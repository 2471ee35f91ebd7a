package org.pathwayplanner.progress;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The stored evaluation is only replaced by one computed from at least as much evidence, and not started earlier. */
@PlannerTest
class ProgressStoreTests {

    static final Instant NINE = Instant.parse("2026-11-24T09:00:00Z");
    static final Instant TEN = Instant.parse("2026-11-24T10:00:00Z");

    @Autowired
    ProgressStore store;
    @Autowired
    StudentProgress progress;
    @Autowired
    PeopleDirectory people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DistrictEvaluation district;

    long student;
    Evaluation real;

    @BeforeEach
    void aStudentWithAStoredEvaluation() {
        student = people.studentOfAccount("student7").orElseThrow().id();
        real = progress.evaluate(student);
        jdbc.update("delete from student_progress where student_id = ?", student);
    }

    @AfterEach
    void evaluateTheStudentAgain() {
        jdbc.update("delete from student_progress where student_id = ?", student);
        progress.evaluate(student);
    }

    @Test
    void anEvaluationThatSawLessEvidenceDoesNotOverwriteOneThatSawMore() {
        assertThat(store.save(new ProgressStore.Stamped(named("single student, new score"), 501, NINE), NINE)).isTrue();

        // a batch that started later but read the student's scores before score 501 was recorded
        int stored = store.saveAll(List.of(new ProgressStore.Stamped(named("batch"), 500, TEN)), TEN);

        assertThat(stored).isZero();
        assertThat(storedVersion()).isEqualTo("single student, new score");
    }

    @Test
    void anEvaluationOfTheSameEvidenceStartedEarlierDoesNotOverwriteALaterOne() {
        store.save(new ProgressStore.Stamped(named("later"), 500, TEN), TEN);

        assertThat(store.save(new ProgressStore.Stamped(named("earlier"), 500, NINE), TEN)).isFalse();
        assertThat(storedVersion()).isEqualTo("later");
    }

    @Test
    void aFresherEvaluationReplacesTheStoredOne() {
        store.save(new ProgressStore.Stamped(named("first"), 500, NINE), NINE);

        assertThat(store.save(new ProgressStore.Stamped(named("same evidence, later"), 500, TEN), TEN)).isTrue();
        assertThat(storedVersion()).isEqualTo("same evidence, later");
        assertThat(store.saveAll(List.of(new ProgressStore.Stamped(named("more evidence"), 502, NINE)), TEN)).isOne();
        assertThat(storedVersion()).isEqualTo("more evidence");
        assertThat(store.load(student).orElseThrow().evaluation().ruleSetVersion()).isEqualTo("more evidence");
    }

    @Test
    void aStudentsOwnEvaluationStampsTheNewestEvidenceItRead() {
        progress.evaluate(student);

        Long newest = jdbc.queryForObject("select coalesce(max(id), 0) from evidence where student_id = ?", Long.class,
                student);
        assertThat(jdbc.queryForObject("select input_evidence_id from student_progress where student_id = ?", Long.class,
                student)).isEqualTo(newest);
    }

    @Test
    void aDistrictRunKeepsTheResultOfAStudentEvaluatedOnTheirOwnAfterTheRunStarted() {
        // as if the student's own evaluation (same evidence) finished while the run was going: started after it
        progress.evaluate(student);
        jdbc.update("""
                update student_progress set rule_set_version = 'own evaluation', evaluation_started_at = ?
                 where student_id = ?""", java.sql.Timestamp.from(Instant.now().plusSeconds(3_600)), student);

        district.evaluateAll(done -> { });

        assertThat(storedVersion()).isEqualTo("own evaluation");
        assertThat(jdbc.queryForObject("""
                select count(distinct evaluation_started_at) from student_progress
                 where student_id <> ? and rule_set_version <> 'own evaluation'""", Long.class, student)).isOne();
    }

    @Test
    void whatAChangeIsMeasuredAgainstIsReadBackAsTheEvaluationItselfGivesIt() {
        store.save(new ProgressStore.Stamped(real, 500, NINE), NINE);
        assertThat(jdbc.queryForObject("select impact_basis from student_progress where student_id = ?", String.class,
                student)).isNotBlank();

        Impact.Basis read = store.basesOf(List.of(student)).get(student);

        Impact.Basis expected = Impact.Basis.of(real);
        assertThat(read.mastered()).isEqualTo(expected.mastered());
        assertThat(read.flags()).isEqualTo(expected.flags());
        assertThat(read.summary().creditsEarned()).isEqualTo(expected.summary().creditsEarned());
        assertThat(read.summary().auditStatus()).isEqualTo(expected.summary().auditStatus());
        assertThat(Impact.StudentChange.between(read, real).changed()).isFalse();
    }

    @Test
    void aResultStoredBeforeTheBasisWasKeptIsComparedFromItsPayload() {
        store.save(new ProgressStore.Stamped(real, 500, NINE), NINE);
        jdbc.update("update student_progress set impact_basis = null where student_id = ?", student);

        Impact.Basis read = store.basesOf(List.of(student)).get(student);

        assertThat(read.mastered()).isEqualTo(Impact.Basis.of(real).mastered());
        assertThat(Impact.StudentChange.between(read, real).changed()).isFalse();
    }

    private String storedVersion() {
        return jdbc.queryForObject("select rule_set_version from student_progress where student_id = ?", String.class,
                student);
    }

    private Evaluation named(String version) {
        return new Evaluation(real.studentId(), version, real.masteries(), real.levels(), real.methods(),
                real.readiness(), real.bundles(), real.credits(), real.overflows(), real.audit(), real.status(),
                real.flags(), real.waitingPathways(), real.creditsNotAwarded());
    }
}
