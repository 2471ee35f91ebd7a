package org.pathwayplanner.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwayplanner.rules.RuleFixtures.aFramework;
import static org.pathwayplanner.rules.RuleFixtures.aStudent;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.rules.Conclusions.BundleProgress;
import org.pathwayplanner.rules.Conclusions.CreditAward;

/** rules/credits.drl */
class CreditRulesTest {

    final FrameworkFacts algebra = aFramework()
            .competency(1, "Linear equations", "MATH", 9)
            .competency(2, "Functions", "MATH", 9)
            .competency(3, "Quadratics", "MATH", 10)
            .bundle(100, "Algebra I", "STEM", "1", 1L, 2L, 3L)
            .build();

    @Test
    void aBundleWithEveryCompetencyMasteredAwardsItsCreditsOnTheDayOfTheLastMastery() {
        Evaluation e = aStudent().scoredAsAWhole(1, 3, "2026-09-20").scoredAsAWhole(2, 4, "2026-10-30")
                .scoredAsAWhole(3, 3, "2026-10-02").requiring("STEM", "9").evaluatedAgainst(algebra);

        CreditAward award = e.credits().get(0);
        assertThat(award.credits()).isEqualByComparingTo("1");
        assertThat(award.areaCode()).isEqualTo("STEM");
        assertThat(award.awardedOn()).isEqualTo("2026-10-30");
        assertThat(award.bundleId()).isEqualTo(100L);
        assertThat(award.rule()).isEqualTo("A bundle whose competencies are all mastered awards its credits");
        assertThat(award.reason()).isEqualTo("Algebra I: all 3 competencies mastered, 1 credit(s) in STEM");
    }

    @Test
    void aBundleAwardIsDatedWhenItsLastCompetencyWasFirstMasteredNotByItsLatestScore() {
        Evaluation e = aStudent().scoredAsAWhole(1, 3, "2026-09-10").scoredAsAWhole(1, 4, "2026-10-15")
                .scoredAsAWhole(2, 3, "2026-09-20").scoredAsAWhole(2, 4, "2026-11-02")
                .scoredAsAWhole(3, 3, "2026-09-25").requiring("STEM", "9").evaluatedAgainst(algebra);

        // every competency was at mastery by 25 September; the October and November scores only confirm it
        assertThat(e.credits()).singleElement().satisfies(a -> {
            assertThat(a.awardedOn()).isEqualTo("2026-09-25");
            assertThat(a.competencyIds()).containsExactly(1L, 2L, 3L);
        });
    }

    @Test
    void aNewScoreBelowMasteryMovesTheAwardToWhenMasteryCameBack() {
        Evaluation e = aStudent().scoredAsAWhole(1, 3, "2026-09-10").scoredAsAWhole(1, 2, "2026-10-01")
                .scoredAsAWhole(1, 3, "2026-10-20").mastered(2, 3).requiring("STEM", "9").evaluatedAgainst(algebra);

        assertThat(e.credits()).singleElement().satisfies(a -> assertThat(a.awardedOn()).isEqualTo("2026-10-20"));
    }

    @Test
    void aPartialAwardListsOnlyTheCompetenciesThatCountedAndIsDatedWhenEnoughWereMastered() {
        FrameworkFacts partial = aFramework().competency(1, "Balance equations", "SCI", 10)
                .competency(2, "Conserve mass", "SCI", 10)
                .competency(3, "Rates of reaction", "SCI", 10)
                .competency(4, "Equilibrium", "SCI", 11)
                .partialBundle(200, "Chemistry", "STEM", "1", 1L, 2L, 3L, 4L).build();

        Evaluation e = aStudent().scoredAsAWhole(1, 4, "2026-09-10").scoredAsAWhole(3, 4, "2026-10-05")
                .scoredAsAWhole(4, 2, "2026-10-06").requiring("STEM", "9").evaluatedAgainst(partial);

        assertThat(e.credits()).singleElement().satisfies(a -> {
            assertThat(a.rule()).isEqualTo("A bundle that allows partial credit awards part of its credits");
            assertThat(a.competencyIds()).containsExactly(1L, 3L);
            assertThat(a.awardedOn()).isEqualTo("2026-10-05");
            assertThat(a.reason()).isEqualTo("Chemistry: 2 of 4 competencies mastered, partial credit 0.5 of 1");
        });
    }

    @Test
    void aBundleAllowingPartialCreditAwardsNothingBelowTheShare() {
        FrameworkFacts partial = aFramework().competency(1, "Balance equations", "SCI", 10)
                .competency(2, "Conserve mass", "SCI", 10)
                .competency(3, "Rates of reaction", "SCI", 10)
                .partialBundle(200, "Chemistry", "STEM", "1", 1L, 2L, 3L).build();

        // 1 of 3 is below the policy's half
        Evaluation e = aStudent().mastered(1).scoredAsAWhole(2, 2, "2026-10-01").requiring("STEM", "9")
                .evaluatedAgainst(partial);

        assertThat(e.credits()).isEmpty();
        assertThat(e.bundles()).singleElement().satisfies(b -> assertThat(b.missingCompetencyIds()).containsExactly(2L, 3L));
    }

    @Test
    void aBundleWithACompetencyToGoAwardsNothingAndSaysWhatIsMissing() {
        Evaluation e = aStudent().mastered(1).scoredAsAWhole(2, 2, "2026-10-01").requiring("STEM", "9")
                .evaluatedAgainst(algebra);

        assertThat(e.credits()).isEmpty();
        BundleProgress progress = e.bundles().get(0);
        assertThat(progress.mastered()).isEqualTo(1);
        assertThat(progress.missingCompetencyIds()).containsExactly(2L, 3L);
        assertThat(progress.reason()).isEqualTo("Algebra I: 1 of 3 competencies mastered; missing: Functions, Quadratics");
    }

    @Test
    void aBundleAllowingPartialCreditAwardsHalfOnceHalfIsMastered() {
        FrameworkFacts partial = aFramework().competency(1, "Balance equations", "SCI", 10)
                .competency(2, "Conserve mass", "SCI", 10)
                .partialBundle(200, "Chemistry", "STEM", "1", 1L, 2L).build();

        Evaluation half = aStudent().mastered(1).requiring("STEM", "9").evaluatedAgainst(partial);
        Evaluation none = aStudent().requiring("STEM", "9").evaluatedAgainst(partial);

        assertThat(half.credits()).singleElement().satisfies(a -> {
            assertThat(a.credits()).isEqualByComparingTo("0.5");
            assertThat(a.rule()).isEqualTo("A bundle that allows partial credit awards part of its credits");
        });
        assertThat(none.credits()).isEmpty();
    }

    @Test
    void aBundleWithoutPartialCreditAwardsNothingForHalf() {
        Evaluation e = aStudent().mastered(1, 2).requiring("STEM", "9").evaluatedAgainst(algebra);

        assertThat(e.credits()).isEmpty();
    }

    @Test
    void aCompetencyCountsTowardOneBundleOnlyUnlessTheBundleSharesIt() {
        FrameworkFacts overlapping = aFramework()
                .competency(1, "Write arguments", "ELA", 10)
                .bundle(100, "English 10", "HUMANITIES", "1", 1L)
                .bundle(101, "Debate", "HUMANITIES", "1", 1L)
                .sharedBundle(102, "Writing Seminar", "ELECTIVES", "1", 1L)
                .build();

        Evaluation e = aStudent().mastered(1).requiring("HUMANITIES", "9").requiring("ELECTIVES", "3")
                .evaluatedAgainst(overlapping);

        assertThat(e.credits()).extracting(CreditAward::bundleId).containsExactlyInAnyOrder(100L, 102L);
        assertThat(e.bundles()).filteredOn(b -> b.bundleId() == 101L).singleElement()
                .satisfies(b -> assertThat(b.reason()).isEqualTo(
                        "Debate: every competency already counts toward another bundle"));
    }

    @Test
    void aCompletedPathwayAwardsItsApprovedCredits() {
        Evaluation e = aStudent().completedPathway(7, "Hospital internship", "STEM", "0.5").requiring("STEM", "9")
                .evaluatedAgainst(algebra);

        assertThat(e.credits()).singleElement().satisfies(a -> {
            assertThat(a.proposalId()).isEqualTo(7L);
            assertThat(a.credits()).isEqualByComparingTo("0.5");
            assertThat(a.reason()).isEqualTo("Pathway \"Hospital internship\" completed: 0.5 credit(s) in STEM");
        });
    }

    @Test
    void creditsBeyondAnAreasRequirementCountAsElectives() {
        Evaluation e = aStudent().mastered(1, 2, 3).completedPathway(7, "Robotics", "STEM", "1")
                .requiring("STEM", "1.5").requiring("ELECTIVES", "3").evaluatedAgainst(algebra);

        assertThat(e.overflows()).singleElement().satisfies(o -> assertThat(o.credits()).isEqualByComparingTo("0.5"));
        assertThat(e.earnedIn("STEM")).isEqualByComparingTo("1.5");
        assertThat(e.earnedIn("ELECTIVES")).isEqualByComparingTo("0.5");
    }

    @Test
    void creditsWithinTheRequirementDoNotOverflow() {
        Evaluation e = aStudent().mastered(1, 2, 3).requiring("STEM", "9").requiring("ELECTIVES", "3")
                .evaluatedAgainst(algebra);

        assertThat(e.overflows()).isEmpty();
        assertThat(e.earnedIn("ELECTIVES")).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void creditsInAnAreaTheClassNeedNotEarnCountAsElectives() {
        FrameworkFacts finance = aFramework().competency(1, "Manage personal finances", "SS", 11)
                .bundle(300, "Personal Financial Management", "PERSONAL_FINANCE", "0.5", 1L).build();

        Evaluation e = aStudent().mastered(1).requiring("ELECTIVES", "3").evaluatedAgainst(finance);

        assertThat(e.overflows()).singleElement().satisfies(o -> assertThat(o.rule())
                .isEqualTo("Credits in an area the student's class need not earn count as electives"));
        assertThat(e.earnedIn("ELECTIVES")).isEqualByComparingTo("0.5");
    }
}
