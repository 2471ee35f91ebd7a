package org.pathwayplanner.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwayplanner.rules.RuleSentences.assertSays;
import static org.pathwayplanner.rules.RuleSentences.english;
import static org.pathwayplanner.rules.RuleSentences.spanish;
import static org.pathwayplanner.rules.RuleFixtures.aFramework;
import static org.pathwayplanner.rules.RuleFixtures.aStudent;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.rules.Conclusions.Mastery;
import org.pathwayplanner.rules.Conclusions.MethodChoice;

/** rules/mastery.drl */
class MasteryRulesTest {

    final FrameworkFacts linearEquations = aFramework()
            .competency(1, "Linear equations", "MATH", 9)
            .objective(11, 1, "Solve equations")
            .objective(12, 1, "Graph solutions")
            .build();

    @Test
    void anObjectiveIsMasteredWhenItsLevelReachesTheThreshold() {
        Evaluation e = aStudent().scored(11, 3, "2026-10-01").evaluatedAgainst(linearEquations);

        Mastery m = e.objectiveMastery(11).orElseThrow();
        assertThat(m.mastered()).isTrue();
        assertThat(m.rule()).isEqualTo("An objective is mastered when its level reaches the mastery threshold");
        assertSays(m.reason(), "rule.mastery.levelReaches", 3.0, Sentence.method("MOST_RECENT"), List.of(3), 3);
        assertThat(english(m.reason())).isEqualTo("Level 3 by most recent score of scores 3 reaches the threshold 3");
        assertThat(spanish(m.reason())).doesNotContain("MOST_RECENT");
        assertThat(m.masteredOn()).isEqualTo("2026-10-01");
        assertThat(m.evidenceIds()).hasSize(1);
    }

    @Test
    void anObjectiveStaysMasteredOnTheDayItFirstReachedMasteryWhateverLaterScoresKeepIt() {
        Evaluation e = aStudent().scored(11, 3, "2026-09-15").scored(11, 4, "2026-10-20").evaluatedAgainst(linearEquations);

        assertThat(e.objectiveMastery(11).orElseThrow().masteredOn()).isEqualTo("2026-09-15");
    }

    @Test
    void aDipBelowMasteryRestartsTheMasteryDate() {
        Evaluation e = aStudent().scored(11, 3, "2026-09-15").scored(11, 2, "2026-10-01").scored(11, 3, "2026-10-20")
                .evaluatedAgainst(linearEquations);

        assertThat(e.objectiveMastery(11).orElseThrow().masteredOn()).isEqualTo("2026-10-20");
    }

    @Test
    void anObjectiveBelowTheThresholdIsNotYetMastered() {
        Evaluation e = aStudent().scored(11, 4, "2026-09-10").scored(11, 2, "2026-10-01").evaluatedAgainst(linearEquations);

        Mastery m = e.objectiveMastery(11).orElseThrow();
        assertThat(m.mastered()).isFalse();
        assertThat(m.rule()).isEqualTo("An objective with evidence below mastery is not yet mastered");
        assertSays(m.reason(), "rule.mastery.levelBelow", 2.0, Sentence.method("MOST_RECENT"), List.of(4, 2), 3);
    }

    @Test
    void supersededEvidenceIsIgnored() {
        Evaluation e = aStudent().scoredSuperseded(11, 4, "2026-10-01").scored(11, 2, "2026-10-01")
                .evaluatedAgainst(linearEquations);

        assertThat(e.objectiveMastery(11).orElseThrow().mastered()).isFalse();
        assertThat(e.objectiveMastery(11).orElseThrow().reason().args().get(2)).isEqualTo(List.of(2));
    }

    @Test
    void theEvidenceDateOrdersTheScoresNotTheOrderOfEntry() {
        Evaluation e = aStudent().scored(11, 4, "2026-10-05").scored(11, 2, "2026-09-01")
                .evaluatedAgainst(linearEquations);

        assertThat(e.objectiveMastery(11).orElseThrow().mastered()).isTrue();
    }

    @Test
    void movingTheThresholdUpMakesTheSameLevelNotEnough() {
        FrameworkFacts stricter = aFramework().masteryAt(4)
                .competency(1, "Linear equations", "MATH", 9).objective(11, 1, "Solve equations").build();

        Evaluation e = aStudent().scored(11, 3, "2026-10-01").evaluatedAgainst(stricter);

        assertThat(e.objectiveMastery(11).orElseThrow().mastered()).isFalse();
        assertThat(english(e.objectiveMastery(11).orElseThrow().reason())).endsWith("below the threshold 4");
    }

    @Test
    void aCompetencyIsMasteredWhenAllItsObjectivesAre() {
        Evaluation e = aStudent().scored(11, 3, "2026-10-01").scored(12, 4, "2026-10-08")
                .evaluatedAgainst(linearEquations);

        Mastery m = e.competencyMastery(1).orElseThrow();
        assertThat(m.mastered()).isTrue();
        assertThat(m.rule()).isEqualTo("A competency is mastered when all its objectives are mastered");
        assertThat(m.masteredOn()).isEqualTo("2026-10-08");
        assertThat(m.level()).isEqualTo(3.0);
    }

    @Test
    void aCompetencyWithAnObjectiveToGoIsNotYetMasteredAndSaysWhich() {
        Evaluation e = aStudent().scored(11, 3, "2026-10-01").scored(12, 2, "2026-10-08")
                .evaluatedAgainst(linearEquations);

        Mastery m = e.competencyMastery(1).orElseThrow();
        assertThat(m.mastered()).isFalse();
        assertSays(m.reason(), "rule.mastery.notYetObjectives", 1, 2, List.of("Graph solutions"));
        assertThat(english(m.reason())).isEqualTo("Not yet mastered: 1 of 2 objectives to go: Graph solutions");
        assertThat(m.evidenceIds()).hasSize(2);
    }

    @Test
    void aCompetencyWithoutEvidenceHasNoMasteryConclusion() {
        Evaluation e = aStudent().evaluatedAgainst(linearEquations);

        assertThat(e.competencyMastery(1)).isEmpty();
    }

    @Test
    void aCompetencyAssessedAsAWholeIsMasteredByItsDirectEvidence() {
        Evaluation e = aStudent().scoredAsAWhole(1, 3, "2026-10-01").evaluatedAgainst(linearEquations);

        Mastery m = e.competencyMastery(1).orElseThrow();
        assertThat(m.mastered()).isTrue();
        assertThat(m.rule()).isEqualTo("A competency is mastered when its direct evidence reaches the threshold");
    }

    @Test
    void aPointsCompetencyIsMasteredWithEnoughPointsAndEveryRequiredObjective() {
        FrameworkFacts points = aFramework().competencyByPoints(1, "Data analysis", 3)
                .objective(11, 1, "Required analysis", 2, true)
                .objective(12, 1, "Optional chart", 1, false)
                .objective(13, 1, "Optional report", 1, false)
                .build();

        Evaluation enough = aStudent().scored(11, 3, "2026-10-01").scored(12, 3, "2026-10-02").evaluatedAgainst(points);
        Evaluation requiredMissing = aStudent().scored(12, 4, "2026-10-01").scored(13, 4, "2026-10-02")
                .scored(11, 1, "2026-10-03").evaluatedAgainst(points);

        assertThat(enough.competencyMastery(1).orElseThrow().mastered()).isTrue();
        assertSays(enough.competencyMastery(1).orElseThrow().reason(), "rule.mastery.points", 3, 3);
        assertThat(requiredMissing.competencyMastery(1).orElseThrow().mastered()).isFalse();
    }

    @Test
    void aPointsCompetencyIsMasteredOnTheDayItsPointsWereFirstEnough() {
        FrameworkFacts points = aFramework().competencyByPoints(1, "Data analysis", 3)
                .objective(11, 1, "Required analysis", 2, true)
                .objective(12, 1, "Optional chart", 1, false)
                .objective(13, 1, "Optional report", 1, false)
                .build();

        Evaluation e = aStudent().scored(11, 3, "2026-09-10").scored(12, 3, "2026-09-20").scored(13, 4, "2026-10-30")
                .evaluatedAgainst(points);

        // 2 points on 10 Sept, 3 (enough, the required one among them) on 20 Sept; the third objective adds nothing
        assertThat(e.competencyMastery(1).orElseThrow().masteredOn()).isEqualTo("2026-09-20");
    }

    @Test
    void aPointsCompetencyWithTheRequiredObjectivesMasteredButTooFewPointsIsNotYetMastered() {
        FrameworkFacts points = aFramework().competencyByPoints(1, "Data analysis", 4)
                .objective(11, 1, "Required analysis", 2, true)
                .objective(12, 1, "Optional chart", 1, false)
                .objective(13, 1, "Optional report", 1, false)
                .build();

        Evaluation e = aStudent().scored(11, 3, "2026-10-01").scored(12, 3, "2026-10-02").scored(13, 2, "2026-10-03")
                .evaluatedAgainst(points);

        Mastery m = e.competencyMastery(1).orElseThrow();
        assertThat(m.mastered()).isFalse();
        assertThat(m.rule()).isEqualTo("A competency with evidence that is not mastered is not yet mastered");
        assertSays(m.reason(), "rule.mastery.notYetObjectives", 1, 3, List.of("Optional report"));
    }

    @Test
    void aCompetencyScoredAsAWholeBelowTheThresholdIsNotYetMastered() {
        Evaluation e = aStudent().scoredAsAWhole(1, 4, "2026-09-01").scoredAsAWhole(1, 2, "2026-10-01")
                .evaluatedAgainst(linearEquations);

        Mastery m = e.competencyMastery(1).orElseThrow();
        assertThat(m.mastered()).isFalse();
        assertThat(m.masteredOn()).isNull();
        assertThat(m.rule()).isEqualTo("A competency assessed as a whole below the threshold is not yet mastered");
        assertThat(m.level()).isEqualTo(2.0);
        assertThat(m.method()).isEqualTo("MOST_RECENT");
        assertSays(m.reason(), "rule.mastery.wholeLevelBelow", 2.0, Sentence.method("MOST_RECENT"), List.of(4, 2), 3, 2,
                2, List.of("Solve equations", "Graph solutions"));
        assertThat(english(m.reason())).isEqualTo("Assessed as a whole: level 2 by most recent score of scores 4, 2 is "
                + "below the threshold 3; 2 of 2 objectives still to master: Solve equations and Graph solutions");
    }

    @Test
    void aCompetencyScoredAsAWholeIsMasteredWhenEnoughDirectScoresReachTheThreshold() {
        FrameworkFacts twice = aFramework().competencyUsing(1, "Converse", "N_TIMES").build();

        Evaluation once = aStudent().scoredAsAWhole(1, 3, "2026-09-01").scoredAsAWhole(1, 2, "2026-10-01")
                .evaluatedAgainst(twice);
        Evaluation two = aStudent().scoredAsAWhole(1, 3, "2026-09-01").scoredAsAWhole(1, 2, "2026-10-01")
                .scoredAsAWhole(1, 4, "2026-11-01").evaluatedAgainst(twice);

        assertThat(once.competencyMastery(1).orElseThrow().mastered()).isFalse();
        assertThat(once.competencyMastery(1).orElseThrow().rule())
                .isEqualTo("A competency assessed as a whole below the threshold is not yet mastered");
        assertSays(once.competencyMastery(1).orElseThrow().reason(), "rule.mastery.wholeTooFewTimes", 1, 2, 3,
                List.of(3, 2), 2.0, 0, 0, List.of());
        assertThat(english(once.competencyMastery(1).orElseThrow().reason())).isEqualTo("Assessed as a whole: 1 of 2 "
                + "scores needed at or above the threshold 3 in 3, 2 (level 2 reached 2 times)");
        Mastery m = two.competencyMastery(1).orElseThrow();
        assertThat(m.mastered()).isTrue();
        assertThat(m.rule()).isEqualTo("A competency is mastered when enough direct scores reach the threshold");
        assertSays(m.reason(), "rule.mastery.wholeEnoughTimes", 2, 2, List.of(3, 2, 4));
        assertThat(english(m.reason())).isEqualTo(
                "Assessed as a whole: 2 scores at or above the threshold (2 needed) in 3, 2, 4");
        assertThat(m.masteredOn()).isEqualTo("2026-11-01");
        assertThat(m.evidenceIds()).hasSize(3);
    }

    @Test
    void nTimesNeedsEnoughScoresAtTheThreshold() {
        FrameworkFacts twice = aFramework().competencyUsing(1, "Converse", "N_TIMES").objective(11, 1, "Ask and answer")
                .build();

        Evaluation once = aStudent().scored(11, 4, "2026-10-01").scored(11, 2, "2026-10-02").evaluatedAgainst(twice);
        Evaluation two = aStudent().scored(11, 3, "2026-10-01").scored(11, 2, "2026-10-02").scored(11, 3, "2026-10-03")
                .evaluatedAgainst(twice);

        assertThat(once.objectiveMastery(11).orElseThrow().mastered()).isFalse();
        assertThat(two.objectiveMastery(11).orElseThrow().mastered()).isTrue();
        assertThat(two.objectiveMastery(11).orElseThrow().rule())
                .isEqualTo("An objective is mastered when enough scores reach the threshold");
    }

    @Test
    void theCompetencysOwnMethodComesBeforeTheAreasWhichComesBeforeTheDistricts() {
        FrameworkFacts mixed = aFramework()
                .competencyUsing(1, "Own method", "HIGHEST")
                .competency(2, "Science inquiry", "SCI", 9)
                .competency(3, "Reading", "ELA", 9)
                .build();

        Evaluation e = aStudent().evaluatedAgainst(mixed);

        assertThat(e.methods()).containsExactly(
                new MethodChoice(1, "HIGHEST", "set on the competency"),
                new MethodChoice(2, "DECAYING_AVERAGE", "the SCI area's method"),
                new MethodChoice(3, "MOST_RECENT", "the district default"));
    }

    @Test
    void theAreasMethodDecidesTheLevel() {
        FrameworkFacts science = aFramework().competency(1, "Chemical reactions", "SCI", 10)
                .objective(11, 1, "Balance equations").build();

        // decaying average (w = 0.65) of 2 then 4: 4 * .65 + 2 * .35 = 3.3 -> mastered
        Evaluation e = aStudent().scored(11, 2, "2026-09-10").scored(11, 4, "2026-10-10").evaluatedAgainst(science);

        assertThat(e.objectiveMastery(11).orElseThrow().level()).isEqualTo(3.3);
        assertThat(e.objectiveMastery(11).orElseThrow().method()).isEqualTo("DECAYING_AVERAGE");
    }
}
