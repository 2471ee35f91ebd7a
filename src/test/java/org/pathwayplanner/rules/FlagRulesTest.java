package org.pathwayplanner.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwayplanner.rules.RuleSentences.assertSays;
import static org.pathwayplanner.rules.RuleSentences.english;
import static org.pathwayplanner.rules.RuleSentences.spanish;
import static org.pathwayplanner.rules.RuleFixtures.aFramework;
import static org.pathwayplanner.rules.RuleFixtures.aStudent;

import org.junit.jupiter.api.Test;
import org.pathwayplanner.rules.Conclusions.SupportFlag;

/** rules/flags.drl — with the policy document's thresholds: 2 assessments below level 2 and 6 weeks; promotion at 80%. Today is 2026-11-24. */
class FlagRulesTest {

    final FrameworkFacts ninthGrade = aFramework()
            .competency(1, "Linear equations", "MATH", 9).objective(11, 1, "Solve")
            .competency(2, "Reading closely", "ELA", 9).objective(21, 2, "Cite evidence")
            .competency(3, "Functions", "MATH", 10).objective(31, 3, "Interpret")
            .competency(4, "Quadratics", "MATH", 11).objective(41, 4, "Factor")
            .prerequisite(4, 3)
            .build();

    @Test
    void repeatedLowScoresWithoutMasteryAfterSixWeeksNeedIntervention() {
        Evaluation e = aStudent().inGrade(9).scored(11, 1, "2026-09-15").scored(11, 1, "2026-10-20")
                .evaluatedAgainst(ninthGrade);

        assertThat(e.flagsOf(SupportFlag.NEEDS_INTERVENTION)).singleElement().satisfies(f -> {
            assertThat(f.competencyIds()).containsExactly(1L);
            assertSays(f.reason(), "rule.flags.intervention", 2, "Developing", "Linear equations",
                    java.time.LocalDate.parse("2026-09-15"), 10);
            assertThat(english(f.reason())).isEqualTo(
                    "2 assessments below Developing on Linear equations since Sep 15, 2026, not mastered after 10 weeks");
        });
    }

    @Test
    void oneLowScoreIsNotEnoughForIntervention() {
        Evaluation e = aStudent().inGrade(9).scored(11, 1, "2026-09-15").scored(11, 2, "2026-10-20")
                .evaluatedAgainst(ninthGrade);

        assertThat(e.flagsOf(SupportFlag.NEEDS_INTERVENTION)).isEmpty();
    }

    @Test
    void oneAssessmentScoredLowOnSeveralObjectivesCountsOnce() {
        FrameworkFacts twoObjectives = aFramework()
                .competency(1, "Linear equations", "MATH", 9).objective(11, 1, "Solve").objective(12, 1, "Graph")
                .build();

        Evaluation oneTest = aStudent().inGrade(9).scoredTogether(1, "2026-09-15", 11, 12)
                .evaluatedAgainst(twoObjectives);
        Evaluation twoTests = aStudent().inGrade(9).scoredTogether(1, "2026-09-15", 11, 12)
                .scored(11, 1, "2026-10-01").evaluatedAgainst(twoObjectives);

        assertThat(oneTest.flagsOf(SupportFlag.NEEDS_INTERVENTION)).isEmpty();
        assertThat(twoTests.flagsOf(SupportFlag.NEEDS_INTERVENTION)).singleElement().satisfies(f -> {
            assertThat(english(f.reason())).startsWith("2 assessments below Developing");
            assertThat(f.evidenceIds()).hasSize(2);
        });
    }

    @Test
    void lowScoresOfTheLastFewWeeksDoNotYetCallForIntervention() {
        Evaluation e = aStudent().inGrade(9).scored(11, 1, "2026-11-01").scored(11, 1, "2026-11-15")
                .evaluatedAgainst(ninthGrade);

        assertThat(e.flagsOf(SupportFlag.NEEDS_INTERVENTION)).isEmpty();
    }

    @Test
    void aCompetencyMasteredAfterLowScoresNeedsNoIntervention() {
        Evaluation e = aStudent().inGrade(9).scored(11, 1, "2026-09-15").scored(11, 1, "2026-09-20")
                .scored(11, 3, "2026-10-20").evaluatedAgainst(ninthGrade);

        assertThat(e.flagsOf(SupportFlag.NEEDS_INTERVENTION)).isEmpty();
    }

    @Test
    void aRenamedLevelIsNamedInTheReason() {
        FrameworkFacts renamed = aFramework().labelling(2, "Approaching")
                .competency(1, "Linear equations", "MATH", 9).objective(11, 1, "Solve").build();

        Evaluation e = aStudent().inGrade(9).scored(11, 1, "2026-09-15").scored(11, 1, "2026-10-20")
                .evaluatedAgainst(renamed);

        assertThat(e.flagsOf(SupportFlag.NEEDS_INTERVENTION).get(0).reason().args()).contains("Approaching");
    }

    @Test
    void masteringEverythingExpectedByTheGradeIsReadyToAccelerateWithSuggestions() {
        Evaluation e = aStudent().inGrade(9).scored(11, 3, "2026-10-01").scored(21, 4, "2026-10-01")
                .evaluatedAgainst(ninthGrade);

        assertThat(e.flagsOf(SupportFlag.READY_TO_ACCELERATE)).singleElement().satisfies(f -> {
            assertThat(f.competencyIds()).containsExactly(3L);
            assertSays(f.reason(), "rule.flags.accelerate", 9, 1, java.util.List.of("Functions"));
            assertThat(english(f.reason())).isEqualTo("Every competency expected by grade 9 is mastered; ready next: Functions");
        });
    }

    @Test
    void masteringTheGradesCompetenciesOnlyLateInTheYearIsNotReadyToAccelerate() {
        // the school year runs 1 September 2026 to 15 June 2027; policy.json: early means before half of it
        Evaluation late = aStudent().inGrade(9).scored(11, 3, "2026-10-01").scored(21, 4, "2027-02-10")
                .on("2027-02-20").yearElapsed(0.62).evaluatedAgainst(ninthGrade);
        Evaluation justInTime = aStudent().inGrade(9).scored(11, 3, "2026-10-01").scored(21, 4, "2027-01-20")
                .on("2027-02-20").yearElapsed(0.62).evaluatedAgainst(ninthGrade);

        assertThat(late.flagsOf(SupportFlag.READY_TO_ACCELERATE)).isEmpty();
        assertThat(justInTime.flagsOf(SupportFlag.READY_TO_ACCELERATE)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(
                    "A student who mastered every competency expected by their grade early is ready to accelerate");
            assertThat(f.evidenceIds()).hasSize(2);
        });
    }

    @Test
    void interventionWaitsUntilTheWeeksHavePassedAndNamesTheLowScoresEvidence() {
        // first low score on 15 October: 5 weeks on 24 November, 6 weeks on 26 November
        Evaluation fiveWeeks = aStudent().inGrade(9).scored(11, 1, "2026-10-15").scored(11, 1, "2026-11-10")
                .evaluatedAgainst(ninthGrade);
        Evaluation sixWeeks = aStudent().inGrade(9).scored(11, 1, "2026-10-15").scored(11, 1, "2026-11-10")
                .on("2026-11-26").evaluatedAgainst(ninthGrade);

        assertThat(fiveWeeks.flagsOf(SupportFlag.NEEDS_INTERVENTION)).isEmpty();
        assertThat(sixWeeks.flagsOf(SupportFlag.NEEDS_INTERVENTION)).singleElement()
                .satisfies(f -> assertThat(f.evidenceIds()).containsExactly(1000L, 1001L));
    }

    @Test
    void aGapInTheGradesCompetenciesIsNotReadyToAccelerate() {
        Evaluation e = aStudent().inGrade(9).scored(11, 3, "2026-10-01").evaluatedAgainst(ninthGrade);

        assertThat(e.flagsOf(SupportFlag.READY_TO_ACCELERATE)).isEmpty();
    }

    @Test
    void enoughOfTheGradesCompetenciesMakesPromotionEligible() {
        Evaluation e = aStudent().inGrade(9).scored(11, 3, "2026-10-01").scored(21, 3, "2026-10-01")
                .evaluatedAgainst(ninthGrade);

        assertThat(e.flagsOf(SupportFlag.PROMOTION_ELIGIBLE)).singleElement().satisfies(f ->
                assertThat(english(f.reason())).isEqualTo("2 of 2 competencies expected by grade 9 mastered (80% needed)"));
        assertThat(e.flagsOf(SupportFlag.PROMOTION_NOT_YET)).isEmpty();
    }

    @Test
    void tooFewOfTheGradesCompetenciesIsNotYetPromotionAndListsThem() {
        Evaluation e = aStudent().inGrade(10).scored(11, 3, "2026-10-01").evaluatedAgainst(ninthGrade);

        assertThat(e.flagsOf(SupportFlag.PROMOTION_ELIGIBLE)).isEmpty();
        assertThat(e.flagsOf(SupportFlag.PROMOTION_NOT_YET)).singleElement().satisfies(f -> {
            assertThat(f.competencyIds()).containsExactly(2L, 3L);
            assertSays(f.reason(), "rule.flags.notYetPromoted", 1, 3, 10, 0.8, 2);
            assertThat(english(f.reason())).isEqualTo(
                    "1 of 3 competencies expected by grade 10 mastered (80% needed); 2 still to master");
        });
    }
}
