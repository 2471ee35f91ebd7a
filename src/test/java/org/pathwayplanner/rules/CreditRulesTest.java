package org.pathwayplanner.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwayplanner.rules.RuleSentences.assertSays;
import static org.pathwayplanner.rules.RuleSentences.english;
import static org.pathwayplanner.rules.RuleSentences.spanish;
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
        assertSays(award.reason(), "rule.credits.bundleAll", "Algebra I", 3, 1, Sentence.area("STEM"));
        assertThat(english(award.reason())).isEqualTo("Algebra I: all 3 competencies mastered, 1 credit in Stem");
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
            assertSays(a.reason(), "rule.credits.bundlePartial", "Chemistry", 2, 4, 0.5, 1);
            assertThat(english(a.reason())).isEqualTo("Chemistry: 2 of 4 competencies mastered, partial credit 0.5 of 1");
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
        assertSays(progress.reason(), "rule.credits.bundleProgress", "Algebra I", 1, 3, 2,
                java.util.List.of("Functions", "Quadratics"));
        assertThat(english(progress.reason())).isEqualTo(
                "Algebra I: 1 of 3 competencies mastered; missing: Functions and Quadratics");
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
        assertThat(e.creditsNotAwarded()).singleElement().satisfies(n -> {
            assertThat(n.bundleId()).isEqualTo(101L);
            assertThat(n.rule()).isEqualTo("An award whose competencies already counted elsewhere is not made");
            assertSays(n.reason(), "rule.credits.notAwardedAllCounted", "Debate", java.util.List.of("English 10"));
        });
    }

    @Test
    void theAwardEarnedFirstKeepsACompetencyWhateverTheBundlesIds() {
        FrameworkFacts overlapping = aFramework()
                .competency(1, "Write arguments", "ELA", 10).competency(2, "Cite sources", "ELA", 10)
                .bundle(100, "English 10", "HUMANITIES", "1", 1L, 2L)
                .bundle(101, "Debate", "HUMANITIES", "1", 1L)
                .build();

        Evaluation e = aStudent().scoredAsAWhole(1, 3, "2026-09-10").scoredAsAWhole(2, 3, "2026-10-10")
                .requiring("HUMANITIES", "9").evaluatedAgainst(overlapping);

        assertThat(e.credits()).singleElement().satisfies(a -> {
            assertThat(a.bundleId()).isEqualTo(101L);
            assertThat(a.awardedOn()).isEqualTo("2026-09-10");
        });
        assertThat(e.creditsNotAwarded()).singleElement().satisfies(n -> assertThat(english(n.reason()))
                .isEqualTo("English 10: Write arguments already counted toward Debate; it gives no partial credit"));
        assertThat(e.awardCounting(1)).hasValueSatisfying(a -> assertThat(a.bundleId()).isEqualTo(101L));
    }

    @Test
    void aPathwayWhoseAssessmentCompletesTwoBundlesKeepsItsCompetenciesAndTheBundlesEarnNothingTwice() {
        FrameworkFacts english = aFramework()
                .competency(1, "Write arguments", "ELA", 12).competency(2, "Present findings", "ELA", 12)
                .bundle(100, "English 12", "HUMANITIES", "1", 1L, 2L)
                .bundle(101, "Writing Seminar", "ELECTIVES", "1", 1L, 2L)
                .build();

        Evaluation e = aStudent().scoredAsAWhole(1, 3, "2026-11-01").scoredAsAWhole(2, 3, "2026-11-01")
                .completedPathwayFor(7, "Hospital internship", "HUMANITIES", "1", 1L, 2L)
                .requiring("HUMANITIES", "9").requiring("ELECTIVES", "3").evaluatedAgainst(english);

        assertThat(e.credits()).singleElement().satisfies(a -> assertThat(a.proposalId()).isEqualTo(7L));
        assertThat(e.totalEarned()).isEqualByComparingTo("1");
        assertThat(e.creditsNotAwarded()).extracting(n -> english(n.reason())).containsExactly(
                "English 12: its competencies already counted toward the pathway \"Hospital internship\"",
                "Writing Seminar: its competencies already counted toward the pathway \"Hospital internship\"");
        assertSays(e.creditsNotAwarded().get(0).reason(), "rule.credits.notAwardedAllCounted", "English 12",
                java.util.List.of(Sentence.of("rule.credits.thePathway", "Hospital internship")));
    }

    @Test
    void aBundleThatLostSomeCompetenciesToAnEarlierAwardFallsUnderThePartialCreditPolicy() {
        FrameworkFacts chemistry = aFramework()
                .competency(1, "Atoms", "SCI", 10).competency(2, "Bonds", "SCI", 10)
                .competency(3, "Reactions", "SCI", 10).competency(4, "Stoichiometry", "SCI", 10)
                .bundle(100, "Lab safety", "STEM", "0.5", 1L)
                .partialBundle(101, "Chemistry", "STEM", "1", 1L, 2L, 3L, 4L)
                .build();

        Evaluation enoughLeft = aStudent().scoredAsAWhole(1, 3, "2026-09-01").scoredAsAWhole(2, 3, "2026-10-01")
                .scoredAsAWhole(3, 3, "2026-10-01").scoredAsAWhole(4, 3, "2026-10-02")
                .requiring("STEM", "9").evaluatedAgainst(chemistry);

        assertThat(enoughLeft.credits()).filteredOn(a -> a.bundleId() == 101L).singleElement().satisfies(a -> {
            assertThat(a.credits()).isEqualByComparingTo("0.5");
            assertThat(a.competencyIds()).containsExactly(2L, 3L, 4L);
            assertSays(a.reason(), "rule.credits.partialStillCount", "Chemistry", 3, 4,
                    java.util.List.of(Sentence.of("rule.credits.alreadyCounted", java.util.List.of("Atoms"), "Lab safety")),
                    0.5, 1);
            assertThat(english(a.reason())).isEqualTo("Chemistry: 3 of 4 competencies still count (Atoms already counted "
                    + "toward Lab safety), partial credit 0.5 of 1");
        });
        assertThat(enoughLeft.totalEarned()).isEqualByComparingTo("1");
    }

    @Test
    void aSharedBundleCountsCompetenciesThatAlsoCountedElsewhere() {
        FrameworkFacts shared = aFramework()
                .competency(1, "Write arguments", "ELA", 10)
                .sharedBundle(100, "Writing Seminar", "ELECTIVES", "1", 1L)
                .bundle(101, "English 10", "HUMANITIES", "1", 1L)
                .build();

        Evaluation e = aStudent().mastered(1).requiring("HUMANITIES", "9").requiring("ELECTIVES", "3")
                .evaluatedAgainst(shared);

        assertThat(e.credits()).extracting(CreditAward::bundleId).containsExactlyInAnyOrder(100L, 101L);
        assertThat(e.creditsNotAwarded()).isEmpty();
    }

    @Test
    void aCompletedPathwayAwardsItsApprovedCredits() {
        Evaluation e = aStudent().completedPathway(7, "Hospital internship", "STEM", "0.5").requiring("STEM", "9")
                .evaluatedAgainst(algebra);

        assertThat(e.credits()).singleElement().satisfies(a -> {
            assertThat(a.proposalId()).isEqualTo(7L);
            assertThat(a.credits()).isEqualByComparingTo("0.5");
            assertSays(a.reason(), "rule.credits.pathwayAward", "Hospital internship", 0.5, Sentence.area("STEM"));
            assertThat(english(a.reason())).isEqualTo("Pathway \"Hospital internship\" completed: 0.5 credits in Stem");
        });
    }

    @Test
    void aCompletedPathwayWhoseTargetsAreMasteredAwardsItsCredits() {
        Evaluation e = aStudent().scoredAsAWhole(2, 3, "2026-11-01")
                .completedPathwayFor(7, "Hospital internship", "STEM", "0.5", 2L).requiring("STEM", "9")
                .evaluatedAgainst(algebra);

        assertThat(e.credits()).singleElement().satisfies(a -> {
            assertThat(a.proposalId()).isEqualTo(7L);
            assertThat(a.credits()).isEqualByComparingTo("0.5");
            assertThat(a.rule()).isEqualTo(
                    "A completed flexible pathway awards its approved credits once its target competencies are mastered");
            assertThat(a.competencyIds()).containsExactly(2L);
        });
        assertThat(e.waitingPathways()).isEmpty();
        assertThat(e.awardedForPathway(7)).isEqualByComparingTo("0.5");
        assertThat(e.earnedIn("STEM")).isEqualByComparingTo("0.5");
    }

    @Test
    void aCompletedPathwayWhoseTargetsAreNotAllMasteredAwardsNothingAndSaysWhyNotYet() {
        Evaluation e = aStudent().scoredAsAWhole(1, 4, "2026-11-01").scoredAsAWhole(2, 2, "2026-11-01")
                .completedPathwayFor(7, "Hospital internship", "STEM", "0.5", 1L, 2L, 3L).requiring("STEM", "9")
                .evaluatedAgainst(algebra);

        assertThat(e.credits()).isEmpty();
        assertThat(e.awardedForPathway(7)).isEqualByComparingTo("0");
        assertThat(e.earnedIn("STEM")).isEqualByComparingTo("0");
        assertThat(e.waitingPathway(7)).hasValueSatisfying(w -> {
            assertThat(w.missingCompetencyIds()).containsExactly(2L, 3L);
            assertThat(w.rule()).isEqualTo(
                    "A completed flexible pathway waits for its target competencies before it earns credits");
            assertSays(w.reason(), "rule.credits.pathwayWaiting", "Hospital internship", 0.5, Sentence.area("STEM"),
                    java.util.List.of("Functions", "Quadratics"), 2);
            assertThat(english(w.reason())).isEqualTo("Pathway \"Hospital internship\" completed: its 0.5 credits in Stem"
                    + " are awarded once Functions and Quadratics are mastered");
        });
    }

    @Test
    void aPathwayAssessedBelowMasteryOnItsOnlyTargetWaitsForIt() {
        Evaluation e = aStudent().scoredAsAWhole(3, 2, "2026-11-01")
                .completedPathwayFor(8, "Robotics club", "STEM", "1", 3L).requiring("STEM", "9")
                .evaluatedAgainst(algebra);

        assertThat(e.credits()).isEmpty();
        assertThat(e.waitingPathway(8)).hasValueSatisfying(w -> assertThat(english(w.reason()))
                .endsWith("is awarded once Quadratics is mastered"));
    }

    @Test
    void aWaitingPathwayEarnsItsCreditsOnceTheTargetIsMasteredLater() {
        Evaluation e = aStudent().scoredAsAWhole(3, 2, "2026-11-01").scoredAsAWhole(3, 3, "2026-11-20")
                .completedPathwayFor(8, "Robotics club", "STEM", "1", 3L).requiring("STEM", "9")
                .evaluatedAgainst(algebra);

        assertThat(e.waitingPathways()).isEmpty();
        assertThat(e.awardedForPathway(8)).isEqualByComparingTo("1");
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
