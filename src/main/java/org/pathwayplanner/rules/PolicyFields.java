package org.pathwayplanner.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What each number of the {@link PolicyDocument} means to an administrator: its unit and allowed range. The path
 * names the field in the document ({@code []} stands for any row of a list); the label and help text are the message
 * keys {@code policy.field.<path>} and {@code policy.field.<path>.help} (en + es).
 */
public final class PolicyFields {

    /** One numeric field: unit (a message key suffix, {@code policy.unit.<unit>}), smallest and largest value. */
    public record Field(String path, String unit, BigDecimal min, BigDecimal max) {

        public boolean allows(BigDecimal value) {
            return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
        }

        /** The form's name for it: {@code mastery.decayingAverageWeight}, {@code pathways.kinds[].fromAge}. */
        public String key() {
            return path.replace("[]", "");
        }
    }

    public static final List<Field> ALL = List.of(
            field("mastery.decayingAverageWeight", "share", "0.01", "1"),
            field("mastery.modeOfLastScores", "scores", "1", "20"),
            field("mastery.timesAtMastery", "scores", "1", "20"),
            field("credits.partialMasteredShare", "share", "0.01", "1"),
            field("credits.partialCreditShare", "share", "0", "1"),
            field("pace.shareAtGradeStart[].grade", "grade", "0", "12"),
            field("pace.shareAtGradeStart[].share", "share", "0", "1"),
            field("pace.yearlyShare", "share", "0", "1"),
            field("pace.onTrackTolerance", "share", "0", "1"),
            field("pace.atRiskTolerance", "share", "0", "1"),
            field("flags.lowLevel", "level", "1", "10"),
            field("flags.lowScoresForIntervention", "scores", "1", "50"),
            field("flags.weeksBeforeIntervention", "weeks", "0", "52"),
            field("flags.promotionShare", "share", "0.01", "1"),
            field("flags.suggestions", "competencies", "0", "20"),
            field("flags.accelerateBeforeYearShare", "share", "0.01", "1"),
            field("pathways.yearlyCreditCap", "credits", "0", "25"),
            field("pathways.ageOfMajority", "years", "14", "21"),
            field("pathways.maxDaysStartInPast", "days", "0", "365"),
            field("pathways.maxDurationDays", "days", "1", "1461"),
            field("pathways.kinds[].hoursPerCredit", "hours", "1", "1000"),
            field("pathways.kinds[].maxCredits", "credits", "0.25", "25"),
            field("pathways.kinds[].fromGrade", "grade", "1", "12"),
            field("pathways.kinds[].fromAge", "years", "5", "21"),
            field("plans.termsPerYear", "terms", "1", "4"),
            field("plans.maxCreditsPerTerm", "credits", "0.5", "25"),
            field("plans.minCreditsPerTerm", "credits", "0", "25"));

    /** Most rows a list of the document may hold (area methods, pace table, kinds). */
    public static final int MAX_ROWS = 50;

    private PolicyFields() {
    }

    /** The field of a concrete path ({@code pathways.kinds[2].fromAge} → {@code pathways.kinds[].fromAge}). */
    public static Optional<Field> of(String path) {
        String pattern = path.replaceAll("\\[\\d+]", "[]");
        return ALL.stream().filter(f -> f.path().equals(pattern)).findFirst();
    }

    private static Field field(String path, String unit, String min, String max) {
        return new Field(path, unit, new BigDecimal(min), new BigDecimal(max));
    }
}
