package org.pathwayplanner.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwayplanner.rules.RuleSentences.assertSays;
import static org.pathwayplanner.rules.RuleSentences.english;
import static org.pathwayplanner.rules.RuleSentences.spanish;
import static org.pathwayplanner.rules.RuleFixtures.aFramework;
import static org.pathwayplanner.rules.RuleFixtures.aStudent;

import org.junit.jupiter.api.Test;
import org.pathwayplanner.rules.Conclusions.Readiness;

/** rules/readiness.drl */
class ReadinessRulesTest {

    // 3 Quadratics requires 1 Linear equations and 2 Functions
    final FrameworkFacts algebra = aFramework()
            .competency(1, "Linear equations", "MATH", 9).objective(11, 1, "Solve")
            .competency(2, "Functions", "MATH", 10).objective(21, 2, "Interpret")
            .competency(3, "Quadratics", "MATH", 11).objective(31, 3, "Factor")
            .prerequisite(3, 1).prerequisite(3, 2)
            .build();

    @Test
    void aMasteredCompetencyIsMastered() {
        Readiness r = aStudent().scored(11, 4, "2026-10-01").evaluatedAgainst(algebra).readinessOf(1).orElseThrow();

        assertThat(r.status()).isEqualTo(Readiness.MASTERED);
        assertThat(r.rule()).isEqualTo("A mastered competency is done");
    }

    @Test
    void aCompetencyWithEvidenceButNoMasteryIsInProgress() {
        Readiness r = aStudent().scored(21, 2, "2026-10-01").evaluatedAgainst(algebra).readinessOf(2).orElseThrow();

        assertThat(r.status()).isEqualTo(Readiness.IN_PROGRESS);
        assertThat(r.reason().key()).isEqualTo("rule.readiness.inProgress");
        assertThat(r.reason().args().get(0)).isEqualTo("Functions");
        assertThat(english(r.reason())).isEqualTo("Functions is in progress. Not yet mastered: 1 of 1 objective to go: Interpret");
    }

    @Test
    void aCompetencyWithoutPrerequisitesIsReady() {
        Readiness r = aStudent().evaluatedAgainst(algebra).readinessOf(1).orElseThrow();

        assertThat(r.status()).isEqualTo(Readiness.READY);
    }

    @Test
    void readyOnceEveryPrerequisiteIsMastered() {
        Readiness r = aStudent().scored(11, 3, "2026-10-01").scored(21, 3, "2026-10-02").evaluatedAgainst(algebra)
                .readinessOf(3).orElseThrow();

        assertThat(r.status()).isEqualTo(Readiness.READY);
        assertThat(r.rule()).isEqualTo("A competency whose prerequisites are all mastered is ready");
    }

    @Test
    void lockedWhenAPrerequisiteIsNotMastered() {
        Readiness r = aStudent().scored(11, 3, "2026-10-01").scored(21, 2, "2026-10-02").evaluatedAgainst(algebra)
                .readinessOf(3).orElseThrow();

        assertThat(r.status()).isEqualTo(Readiness.LOCKED);
        assertThat(r.missingPrerequisiteIds()).containsExactly(2L);
        assertSays(r.reason(), "rule.readiness.locked", "Quadratics", java.util.List.of("Functions"), 1);
        assertThat(english(r.reason())).isEqualTo("Quadratics is locked until Functions is mastered");
    }

    @Test
    void lockedListsEveryMissingPrerequisite() {
        Readiness r = aStudent().evaluatedAgainst(algebra).readinessOf(3).orElseThrow();

        assertThat(r.missingPrerequisiteIds()).containsExactly(1L, 2L);
        assertSays(r.reason(), "rule.readiness.locked", "Quadratics", java.util.List.of("Linear equations", "Functions"), 2);
        assertThat(spanish(r.reason())).isEqualTo("Quadratics está bloqueada hasta que se dominen Linear equations y Functions");
    }

    @Test
    void everyCompetencyHasExactlyOneReadiness() {
        Evaluation e = aStudent().scored(11, 4, "2026-10-01").scored(21, 1, "2026-10-02").evaluatedAgainst(algebra);

        assertThat(e.readiness()).extracting(Readiness::competencyId).containsExactly(1L, 2L, 3L);
    }
}
