package org.pathwayplanner.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.rules.Conclusions.LevelResult;
import org.pathwayplanner.rules.Facts.ScaleFact;
import org.pathwayplanner.rules.Facts.ScoreFact;
import org.pathwayplanner.rules.Policies.MasteryPolicy;

/** Hand-computed expectations for every calculation method on a table of score histories. */
class CalculationMethodsTest {

    static final MasteryPolicy POLICY = new MasteryPolicy("MOST_RECENT", 0.65, 3, 2);
    static final ScaleFact SCALE = new ScaleFact(1, 4, 3, Map.of(1, "Beginning", 2, "Developing", 3, "Proficient", 4, "Advanced"));

    @ParameterizedTest(name = "{0} of {1} = {2}")
    @CsvSource(delimiter = ';', textBlock = """
            MOST_RECENT;      2 3 1;    1.0
            MOST_RECENT;      4;        4.0
            HIGHEST;          2 4 3;    4.0
            MEAN;             2 3 4;    3.0
            MEAN;             1 2;      1.5
            MEAN;             1 2 2;    1.67
            MODE;             1 2 2 3;  2.0
            MODE;             3 2;      2.0
            MODE;             1 1 4 4;  4.0
            MODE;             1 1 1 2;  1.0
            DECAYING_AVERAGE; 2 4;      3.3
            DECAYING_AVERAGE; 1 2 3;    2.53
            DECAYING_AVERAGE; 3;        3.0
            N_TIMES;          3 2;      2.0
            POWER_LAW;        3 3 1 3;  1.90
            POWER_LAW;        3 3 1 3 4 4;  3.07
            POWER_LAW;        1 2 3;    3.0
            POWER_LAW;        2 2 2;    2.0
            POWER_LAW;        4 3 2;    2.13
            POWER_LAW;        1 3 4;    4.0
            POWER_LAW;        4 1 1;    1.0
            POWER_LAW;        3;        3.0
            POWER_LAW;        2 3 1;    1.41
            N_TIMES;          4 4 1;    4.0
            N_TIMES;          4 1 1;    1.0
            N_TIMES;          4;        1.0
            MOST_RECENT;      2 3 1;    1.0
            HIGHEST;          2 3 1;    3.0
            MEAN;             2 3 1;    2.0
            MODE;             2 3 1;    1.0
            DECAYING_AVERAGE; 2 3 1;    1.58
            """)
    void eachMethodGivesTheHandComputedLevel(String method, String history, double expected) {
        assertThat(levelOf(method, history).level()).isCloseTo(expected, within(0.005));
    }

    // MODE of the last 3 of 1 2 2 3 looks at 2 2 3 -> 2; a tie (3 2, or 2 3 1) goes to the most recent score by default.
    // DECAYING_AVERAGE 1 2 3 with w = 0.65: 1 -> 2*.65 + 1*.35 = 1.65 -> 3*.65 + 1.65*.35 = 2.5275.
    // POWER_LAW fits ln(level) over ln(position), t = 1, 2, 3...: the published worked examples 3 3 1 3 -> 1.90 and
    // 3 3 1 3 4 4 -> 3.07. 4 3 2: b = -0.608, ln a = 1.422; at t = 3: e^(1.422 - 0.608*1.099) = 2.13.
    // 1 3 4 predicts 4.39 at t = 3, clamped to the top of the scale; 4 1 1 predicts 0.81, clamped to the bottom.
    // N_TIMES (twice) is the level reached twice: 4 4 1 -> 4, 4 1 1 -> 1; one score has reached nothing twice -> 1.

    @Test
    void powerLawUsesTheAssessmentsPositionNotTheirDates() {
        List<ScoreFact> weekApart = List.of(score(1, 3, "2026-09-01"), score(2, 3, "2026-09-08"),
                score(3, 1, "2026-09-15"), score(4, 3, "2026-09-22"));
        List<ScoreFact> monthsApart = List.of(score(1, 3, "2026-09-01"), score(2, 3, "2026-09-02"),
                score(3, 1, "2026-11-20"), score(4, 3, "2026-11-30"));

        assertThat(CalculationMethods.levelOf(7L, 1, "POWER_LAW", weekApart, POLICY, SCALE).level()).isEqualTo(1.90);
        assertThat(CalculationMethods.levelOf(7L, 1, "POWER_LAW", monthsApart, POLICY, SCALE).level()).isEqualTo(1.90);
    }

    @Test
    void aTieInTheModeGoesToTheHigherLevelWhenTheDistrictSaysSo() {
        MasteryPolicy higher = new MasteryPolicy("MODE", 0.65, 3, 2, MasteryPolicy.TIE_TO_HIGHER);

        assertThat(CalculationMethods.calculate("MODE", scores("3 2"), higher, SCALE)).isEqualTo(3.0);
        assertThat(CalculationMethods.calculate("MODE", scores("3 2"), POLICY, SCALE)).isEqualTo(2.0);
        assertThat(CalculationMethods.calculate("MODE", scores("4 4 1"), POLICY, SCALE)).isEqualTo(4.0);
        assertThat(CalculationMethods.calculate("MODE", scores("4 1 1"), POLICY, SCALE)).isEqualTo(1.0);
    }

    @Test
    void aPolicyNamesOnlyKnownTieRules() {
        assertThatThrownBy(() -> new MasteryPolicy("MODE", 0.65, 3, 2, "LOWER"))
                .hasMessageContaining("MOST_RECENT or HIGHER");
    }

    @Test
    void nTimesShowsTheLevelReachedTheRequiredNumberOfTimesNotTheLatestScore() {
        LevelResult result = levelOf("N_TIMES", "4 4 1");

        assertThat(result.level()).isEqualTo(4.0);
        assertThat(result.timesAtOrAbove()).isEqualTo(2);
        assertThat(result.masteredSince()).isNotNull();
    }

    @ParameterizedTest(name = "{0} of {1} on {2}: mastered since {3}")
    @CsvSource(delimiter = ';', textBlock = """
            MOST_RECENT;      3 4;      2026-09-10 2026-10-10;             2026-09-10
            MOST_RECENT;      3 2 3;    2026-09-10 2026-10-10 2026-11-10;  2026-11-10
            MOST_RECENT;      4 2;      2026-09-10 2026-10-10;             ''
            HIGHEST;          2 3 1;    2026-09-10 2026-10-10 2026-11-10;  2026-10-10
            MEAN;             2 4 3;    2026-09-10 2026-10-10 2026-11-10;  2026-10-10
            MEAN;             4 1 4;    2026-09-10 2026-10-10 2026-11-10;  2026-11-10
            N_TIMES;          3 1 4 2;  2026-09-10 2026-10-10 2026-11-10 2026-11-20;  2026-11-10
            DECAYING_AVERAGE; 2 4 4;    2026-09-10 2026-10-10 2026-11-10;  2026-10-10
            MOST_RECENT;      2 3;      2026-09-10 2026-09-10;             2026-09-10
            """)
    void masteredSinceIsTheFirstEvidenceDateFromWhichTheLevelStayedAtMastery(String method, String history,
            String dates, String since) {
        String[] levels = history.trim().split("\\s+");
        String[] days = dates.trim().split("\\s+");
        List<ScoreFact> scores = new ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            scores.add(score(i + 1, Integer.parseInt(levels[i]), days[i]));
        }

        LevelResult result = CalculationMethods.levelOf(7L, 1, method, scores, POLICY, SCALE);

        assertThat(result.masteredSince()).isEqualTo(since.isEmpty() ? null : LocalDate.parse(since));
    }

    @Test
    void scoresAreOrderedByTheEvidenceDateNotByWhenTheyWereEntered() {
        List<ScoreFact> enteredOutOfOrder = List.of(
                score(1, 4, "2026-10-05"),
                score(2, 2, "2026-09-01"));  // entered later, assessed earlier

        LevelResult result = CalculationMethods.levelOf(7L, 1, "MOST_RECENT", enteredOutOfOrder, POLICY, SCALE);

        assertThat(result.level()).isEqualTo(4.0);
        assertThat(result.levels()).containsExactly(2, 4);
        assertThat(result.firstAssessed()).isEqualTo("2026-09-01");
    }

    @Test
    void nTimesCountsTheScoresAtOrAboveTheThreshold() {
        assertThat(levelOf("N_TIMES", "3 2 4 1").timesAtOrAbove()).isEqualTo(2);
    }

    @Test
    void noScoresGiveNoLevel() {
        assertThat(CalculationMethods.levelOf(7L, 1, "MEAN", List.of(), POLICY, SCALE)).isNull();
    }

    private static LevelResult levelOf(String method, String history) {
        return CalculationMethods.levelOf(7L, 1, method, scores(history), POLICY, SCALE);
    }

    /** Scores a week apart, in the order given. */
    private static List<ScoreFact> scores(String history) {
        List<ScoreFact> scores = new ArrayList<>();
        String[] levels = history.trim().split("\\s+");
        for (int i = 0; i < levels.length; i++) {
            scores.add(score(i + 1, Integer.parseInt(levels[i]), LocalDate.of(2026, 9, 1).plusWeeks(i).toString()));
        }
        return scores;
    }

    private static ScoreFact score(long evidence, int level, String date) {
        return new ScoreFact(evidence, evidence, 7L, null, level, LocalDate.parse(date), false);
    }
}
