package org.pathwayplanner.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwayplanner.rules.RuleSentences.assertSays;
import static org.pathwayplanner.rules.RuleSentences.english;
import static org.pathwayplanner.rules.RuleSentences.spanish;
import static org.pathwayplanner.rules.RuleFixtures.RULES;
import static org.pathwayplanner.rules.RuleFixtures.aFramework;
import static org.pathwayplanner.rules.RuleFixtures.aStudent;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** rules/credits.drl with the AwardPolicy of rules/policy.json: credits once awarded, kept or recalculated. */
class CreditsOnceAwardedTest {

    static final String EARLIER = "sha256:earlier-rules";
    static final RuleSet RECALCULATING = recalculating();

    final FrameworkFacts math = aFramework()
            .competency(1, "Linear equations", "MATH", 9)
            .competency(2, "Functions", "MATH", 9)
            .competency(3, "Quadratics", "MATH", 10)
            .competency(4, "Statistics", "MATH", 10)
            .bundle(100, "Algebra I", "STEM", "1", 1L, 2L, 3L)
            .bundle(101, "Data portfolio", "STEM", "1", 3L, 4L)
            .build();

    @AfterAll
    static void release() {
        RECALCULATING.release();
    }

    @Test
    void anAwardMadeUnderEarlierRulesStaysWhenTheRulesInUseWouldNotMakeIt() {
        // the earlier rules found Quadratics mastered; these do not
        Evaluation e = aStudent().mastered(1, 2).scoredAsAWhole(3, 2, "2026-10-20")
                .holdingBundleAward(100, "STEM", "1", "2026-10-02", EARLIER, 1L, 2L, 3L)
                .requiring("STEM", "9").evaluatedAgainst(math);

        assertThat(e.credits()).singleElement().satisfies(a -> {
            assertThat(a.bundleId()).isEqualTo(100L);
            assertThat(a.credits()).isEqualByComparingTo("1");
            assertThat(a.awardedOn()).isEqualTo("2026-10-02");
            assertThat(a.competencyIds()).containsExactly(1L, 2L, 3L);
            assertThat(a.awardedUnder()).isEqualTo(EARLIER);
            assertThat(a.madeUnderOtherRulesThan(e.ruleSetVersion())).isTrue();
            assertThat(a.rule()).isEqualTo(
                    "A credit awarded under an earlier rule version stays when the district keeps credits once awarded");
            assertSays(a.reason(), "rule.credits.kept", "Algebra I", 1, Sentence.area("STEM"));
            assertThat(english(a.reason())).isEqualTo("Algebra I: 1 credit in Stem awarded under an earlier rule version"
                    + " and kept (credits once awarded stay)");
        });
        assertThat(e.earnedIn("STEM")).isEqualByComparingTo("1");
    }

    @Test
    void underRecalculateTheRulesInUseDecideAndTheAwardGoes() {
        Evaluation e = aStudent().mastered(1, 2).scoredAsAWhole(3, 2, "2026-10-20")
                .holdingBundleAward(100, "STEM", "1", "2026-10-02", EARLIER, 1L, 2L, 3L)
                .requiring("STEM", "9").evaluatedAgainst(math, RECALCULATING);

        assertThat(e.credits()).isEmpty();
        assertThat(e.earnedIn("STEM")).isEqualByComparingTo("0");
    }

    @Test
    void anAwardTheRulesInUseMadeIsRecalculatedWhenTheEvidenceNoLongerSupportsIt() {
        // a corrected score, not a rule change: the award was made by these very rules
        Evaluation e = aStudent().mastered(1, 2).scoredAsAWhole(3, 2, "2026-10-20")
                .holdingBundleAward(100, "STEM", "1", "2026-10-02", RULES.version(), 1L, 2L, 3L)
                .requiring("STEM", "9").evaluatedAgainst(math);

        assertThat(e.credits()).isEmpty();
    }

    @Test
    void anAwardTheRulesInUseStillMakeIsTheirsAndCarriesNoMark() {
        Evaluation e = aStudent().mastered(1, 2, 3)
                .holdingBundleAward(100, "STEM", "1", "2026-09-15", EARLIER, 1L, 2L, 3L)
                .requiring("STEM", "9").evaluatedAgainst(math);

        assertThat(e.credits()).singleElement().satisfies(a -> {
            assertThat(a.rule()).isEqualTo("A bundle whose competencies are all mastered awards its credits");
            assertThat(a.awardedUnder()).isEqualTo(RULES.version());
            assertThat(a.madeUnderOtherRulesThan(e.ruleSetVersion())).isFalse();
        });
    }

    @Test
    void aKeptAwardKeepsItsCompetenciesSoNoOtherAwardCountsThemAgain() {
        // Quadratics counted toward the kept Algebra I; the data portfolio cannot count it again
        Evaluation e = aStudent().mastered(1, 3, 4)
                .holdingBundleAward(100, "STEM", "1", "2026-09-15", EARLIER, 1L, 2L, 3L)
                .requiring("STEM", "9").evaluatedAgainst(math);

        assertThat(e.credits()).singleElement().satisfies(a -> assertThat(a.bundleId()).isEqualTo(100L));
        assertThat(e.creditsNotAwarded()).singleElement().satisfies(n -> {
            assertThat(n.bundleId()).isEqualTo(101L);
            assertThat(english(n.reason())).contains("Quadratics already counted toward Algebra I");
        });
    }

    @Test
    void withoutAKeptAwardTheOtherBundleCountsTheCompetency() {
        Evaluation e = aStudent().mastered(1, 3, 4).requiring("STEM", "9").evaluatedAgainst(math);

        assertThat(e.credits()).singleElement().satisfies(a -> assertThat(a.bundleId()).isEqualTo(101L));
    }

    private static RuleSet recalculating() {
        Map<String, String> files = new HashMap<>(RuleBook.read(Path.of("rules")));
        String policy = files.get("policy.json");
        String changed = policy.replace("\"creditsOnceAwarded\" : \"KEEP\"", "\"creditsOnceAwarded\" : \"RECALCULATE\"");
        assertThat(changed).as("the test's edit applies").isNotEqualTo(policy);
        files.put("policy.json", changed);
        return RuleBook.compile(files, "recalculating");
    }
}
