package org.pathwayplanner.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwayplanner.rules.RuleFixtures.RULES;
import static org.pathwayplanner.rules.RuleFixtures.aFramework;
import static org.pathwayplanner.rules.RuleFixtures.aStudent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.rules.Facts.PathwayCreditFact;
import org.pathwayplanner.rules.Facts.ScoreFact;

class WhatIfTest {

    final FrameworkFacts framework = aFramework()
            .competency(1, "Algebra", "MATH", 9).objective(11, 1, "Solve")
            .bundle(100, "Algebra I", "STEM", "1", 1L).build();
    final StudentInput student = aStudent().inGrade(9).yearElapsed(0).requiring("STEM", "2").build();

    @Test
    void aHypotheticalPathwayShowsTheCreditsAndStatusItWouldBring() {
        AuditDifference difference = new StudentEvaluator(RULES).whatIf(framework, student, List.of(),
                List.of(new PathwayCreditFact(0, "Proposed internship", "STEM", new BigDecimal("2"), LocalDate.now())));

        assertThat(difference.earnedBefore()).isEqualByComparingTo("0");
        assertThat(difference.earnedAfter()).isEqualByComparingTo("2");
        assertThat(difference.statusAfter()).isEqualTo("MET");
        assertThat(difference.areas()).singleElement().satisfies(a -> assertThat(a.changed()).isTrue());
    }

    @Test
    void hypotheticalEvidenceShowsTheCompetenciesItWouldMaster() {
        AuditDifference difference = new StudentEvaluator(RULES).whatIf(framework, student,
                List.of(new ScoreFact(-1, -1, 11L, null, 4, LocalDate.of(2026, 11, 20), false)), List.of());

        assertThat(difference.newlyMasteredCompetencyIds()).containsExactly(1L);
        assertThat(difference.earnedAfter()).isEqualByComparingTo("1");
    }
}
