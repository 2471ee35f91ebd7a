package org.pathwayplanner.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pathwayplanner.rules.RuleFixtures.aFramework;
import static org.pathwayplanner.rules.RuleFixtures.aStudent;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Every evaluation is bounded: rule firings per student and time per student. No Spring. */
class EvaluationLimitsTest {

    /** The reporter's rule: it updates the fact it matched, so it matches again, forever. */
    static final String LOOP = """
            package org.pathwayplanner.rules.loop;
            import org.pathwayplanner.rules.Facts.*;

            rule "loop" no-loop false when $s : StudentFact(studentId == 42) then update($s); end
            """;

    static final RuleSet LOOPING = withLoop();
    static final FrameworkFacts FRAMEWORK = aFramework().competency(1, "Solve equations", "MATH", 9)
            .competency(2, "Model with mathematics", "MATH", 10).prerequisite(2, 1)
            .objective(11, 1, "Linear equations").bundle(100, "Algebra I", "MATH", "1.0", 1L, 2L).build();

    private static RuleSet withLoop() {
        Map<String, String> sources = new HashMap<>(RuleBook.read(Path.of("rules")));
        sources.put("loop.drl", LOOP);
        return RuleBook.compile(sources, "looping");
    }

    @AfterAll
    static void release() {
        LOOPING.release();
    }

    @Test
    void aRuleThatKeepsFiringIsStoppedAtTheFiringLimitAndNamed() {
        long started = System.nanoTime();

        assertThatThrownBy(() -> StudentEvaluator.evaluate(LOOPING, FRAMEWORK, aStudent().scored(11, 3, "2026-10-01")
                .requiring("MATH", "4").build())).isInstanceOf(RuleLimitExceeded.class)
                .hasMessage("Rule \"loop\" kept firing: 10,000 firings for student 42 (the limit is 10,000 rule "
                        + "firings per student)")
                .satisfies(e -> assertThat(((RuleLimitExceeded) e).ruleName()).isEqualTo("loop"));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void theFiringLimitIsASetting() {
        EvaluationLimits limits = new EvaluationLimits(500, Duration.ofSeconds(5), Duration.ofMinutes(1));

        assertThatThrownBy(() -> StudentEvaluator.evaluate(LOOPING, FRAMEWORK, aStudent().build(), limits))
                .hasMessageContaining("500 firings for student 42");
    }

    @Test
    void aRuleThatKeepsFiringPastTheTimeLimitIsStoppedThenAndNamed() {
        EvaluationLimits limits = new EvaluationLimits(Integer.MAX_VALUE - 1, Duration.ofMillis(300),
                Duration.ofMinutes(1));
        long started = System.nanoTime();

        assertThatThrownBy(() -> StudentEvaluator.evaluate(LOOPING, FRAMEWORK, aStudent().build(), limits))
                .isInstanceOf(RuleLimitExceeded.class)
                .hasMessageStartingWith("The rules took longer than 300 ms for student 42 (the limit per student); "
                        + "rule \"loop\" was firing when they were stopped after ");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aStoppedSessionDoesNotSpoilTheNextEvaluation() {
        Map<String, String> sources = new HashMap<>(RuleBook.read(Path.of("rules")));
        sources.put("loop.drl", LOOP.replace("studentId == 42", "studentId == 7"));
        RuleSet onlyStudentSeven = RuleBook.compile(sources, "loops for 7");
        try {
            for (int round = 0; round < 3; round++) {
                assertThatThrownBy(() -> StudentEvaluator.evaluate(onlyStudentSeven, FRAMEWORK, student(7)))
                        .isInstanceOf(RuleLimitExceeded.class);
                Evaluation fine = StudentEvaluator.evaluate(onlyStudentSeven, FRAMEWORK, aStudent()
                        .scored(11, 4, "2026-10-01").build());
                assertThat(fine.hasMastered(1)).isTrue();
            }
        } finally {
            onlyStudentSeven.release();
        }
    }

    @Test
    void theShippedRulesStayFarBelowTheFiringLimit() {
        // A busy student: 40 competencies of 3 objectives, scored 4 times each, with prerequisites and bundles.
        RuleFixtures.FrameworkBuilder framework = aFramework();
        RuleFixtures.StudentBuilder student = aStudent().requiring("MATH", "4").requiring("ELECTIVES", "2");
        for (long c = 1; c <= 40; c++) {
            framework.competency(c, "Competency " + c, "MATH", 9 + (int) (c % 4));
            if (c > 1) {
                framework.prerequisite(c, c - 1);
            }
            for (long o = 1; o <= 3; o++) {
                framework.objective(c * 10 + o, c, "Objective " + c + "." + o);
                for (int s = 0; s < 4; s++) {
                    student.scored(c * 10 + o, 1 + (int) ((c + o + s) % 4), "2026-10-0" + (1 + s));
                }
            }
        }
        for (long b = 0; b < 10; b++) {
            framework.bundle(100 + b, "Course " + b, "MATH", "1.0", b * 4 + 1, b * 4 + 2, b * 4 + 3, b * 4 + 4);
        }
        EvaluationLimits tight = new EvaluationLimits(2_000, Duration.ofSeconds(5), Duration.ofMinutes(1));

        Evaluation evaluation = StudentEvaluator.evaluate(RuleFixtures.RULES, framework.build(), student.build(), tight);

        assertThat(evaluation.masteries()).isNotEmpty();
    }

    private static StudentInput student(long id) {
        StudentInput input = aStudent().build();
        Facts.StudentFact s = input.student();
        return new StudentInput(new Facts.StudentFact(id, s.gradeLevel(), s.graduationYear(), s.asOf(),
                s.schoolYearElapsed(), s.schoolYearStart(), s.schoolYearEnd()), List.of(), List.of(), List.of());
    }
}
