package org.pathwayplanner.rules;

import static org.assertj.core.api.Assertions.assertThat;
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
            MODE;             3 2;      3.0
            MODE;             1 1 4 4;  4.0
            MODE;             1 1 1 2;  1.0
            DECAYING_AVERAGE; 2 4;      3.3
            DECAYING_AVERAGE; 1 2 3;    2.53
            DECAYING_AVERAGE; 3;        3.0
            N_TIMES;          3 2;      2.0
            POWER_LAW;        1 2 3;    2.8
            POWER_LAW;        2 2 2;    2.0
            POWER_LAW;        4 3 2;    2.24
            POWER_LAW;        1 3 4;    4.0
            POWER_LAW;        3;        3.0
            POWER_LAW;        2 3 1;    1.55
            MOST_RECENT;      2 3 1;    1.0
            HIGHEST;          2 3 1;    3.0
            MEAN;             2 3 1;    2.0
            MODE;             2 3 1;    3.0
            DECAYING_AVERAGE; 2 3 1;    1.58
            """)
    void eachMethodGivesTheHandComputedLevel(String method, String history, double expected) {
        assertThat(levelOf(method, history).level()).isCloseTo(expected, within(0.005));
    }

    // MODE of the last 3 of 1 2 2 3 looks at 2 2 3 -> 2; a tie (3 2) goes to the higher level.
    // DECAYING_AVERAGE 1 2 3 with w = 0.65: 1 -> 2*.65 + 1*.35 = 1.65 -> 3*.65 + 1.65*.35 = 2.5275.
    // The table's scores are a week apart: the power law's time axis is t = days since the first score + 1 = 1, 8, 15.
    // POWER_LAW 1 2 3: ln-ln least squares gives b = 0.388, ln a = -0.021; at t = 15: e^(-0.021 + 0.388*2.708) = 2.80.
    // POWER_LAW 4 3 2: b = -0.227, ln a = 1.421; at t = 15: e^(1.421 - 0.227*2.708) = 2.24.
    // POWER_LAW 1 3 4 predicts 4.06 at t = 15, clamped to the top of the scale, 4.

    @Test
    void powerLawFitsTheScoresOverTheirDatesInDays() {
        // the same three levels: a quick rise then a long plateau, or a slow rise then a recent score
        List<ScoreFact> quickRise = List.of(score(1, 2, "2026-09-01"), score(2, 3, "2026-09-02"), score(3, 3, "2026-10-31"));
        List<ScoreFact> slowRise = List.of(score(1, 2, "2026-09-01"), score(2, 3, "2026-10-21"), score(3, 3, "2026-10-31"));

        // t = 1, 2, 61: b = 0.067, ln a = 0.856, at t = 61: 3.10; t = 1, 51, 61: b = 0.101, ln a = 0.694, at t = 61: 3.03
        assertThat(CalculationMethods.levelOf(7L, 1, "POWER_LAW", quickRise, POLICY, SCALE).level())
                .isCloseTo(3.10, within(0.005));
        assertThat(CalculationMethods.levelOf(7L, 1, "POWER_LAW", slowRise, POLICY, SCALE).level())
                .isCloseTo(3.03, within(0.005));
    }

    @Test
    void powerLawOfScoresAllOnOneDayIsTheirMeanAndStaysOnTheScale() {
        List<ScoreFact> sameDay = List.of(score(1, 2, "2026-09-01"), score(2, 4, "2026-09-01"));
        List<ScoreFact> falling = List.of(score(1, 4, "2026-09-01"), score(2, 1, "2026-09-02"), score(3, 1, "2026-12-01"));

        // no time between them: the geometric mean, sqrt(2 * 4) = 2.83
        assertThat(CalculationMethods.levelOf(7L, 1, "POWER_LAW", sameDay, POLICY, SCALE).level())
                .isCloseTo(2.83, within(0.005));
        assertThat(CalculationMethods.levelOf(7L, 1, "POWER_LAW", falling, POLICY, SCALE).level())
                .isBetween(1.0, 4.0);
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
        List<ScoreFact> scores = new ArrayList<>();
        String[] levels = history.trim().split("\\s+");
        for (int i = 0; i < levels.length; i++) {
            scores.add(score(i + 1, Integer.parseInt(levels[i]), LocalDate.of(2026, 9, 1).plusWeeks(i).toString()));
        }
        return CalculationMethods.levelOf(7L, 1, method, scores, POLICY, SCALE);
    }

    private static ScoreFact score(long evidence, int level, String date) {
        return new ScoreFact(evidence, evidence, 7L, null, level, LocalDate.parse(date), false);
    }
}
