package org.pathwayplanner.rules;

import java.util.Map;

/**
 * District policy values. They are inserted by {@code rules/policy.drl}, so an administrator changes
 * a threshold by editing that file, never Java.
 */
public final class Policies {

    private Policies() {
    }

    /**
     * How a body of evidence becomes a level: the district's default method, the weight of the latest
     * score in a decaying average, how many recent scores the mode looks at, and how many scores at or
     * above the threshold "n times" needs; which level a tie in the mode goes to ({@link #TIE_TO_MOST_RECENT}, the
     * default, favours the latest evidence; {@link #TIE_TO_HIGHER} the higher level).
     */
    public record MasteryPolicy(String defaultMethod, double decayWeight, int modeOfLast, int timesAtMastery,
            String modeTieGoesTo) {

        public static final String TIE_TO_MOST_RECENT = "MOST_RECENT";
        public static final String TIE_TO_HIGHER = "HIGHER";

        public MasteryPolicy {
            if (!TIE_TO_MOST_RECENT.equals(modeTieGoesTo) && !TIE_TO_HIGHER.equals(modeTieGoesTo)) {
                throw new IllegalArgumentException("A tie in the mode goes to MOST_RECENT or HIGHER, not " + modeTieGoesTo);
            }
        }

        /** A policy written before the tie rule was a choice: ties go to the most recent evidence. */
        public MasteryPolicy(String defaultMethod, double decayWeight, int modeOfLast, int timesAtMastery) {
            this(defaultMethod, decayWeight, modeOfLast, timesAtMastery, TIE_TO_MOST_RECENT);
        }
    }

    /** A content area that uses another method than the district default. */
    public record AreaMethod(String areaCode, String method) {
    }

    /**
     * Partial credit: the share of a bundle's competencies to master, and the share of its credits then awarded;
     * the code of the credit area that takes the surplus of the others (electives).
     */
    public record CreditPolicy(double partialMasteredShare, double partialCreditShare, String electiveAreaCode) {
    }

    /**
     * Expected pace toward graduation: the share of required credits a student should hold when a
     * grade starts, plus {@code yearlyShare} spread over the school year; how far below the pace a
     * student may fall and still be on track, or at risk rather than off track.
     */
    public record AuditPolicy(Map<Integer, Double> expectedShareAtGradeStart, double yearlyShare,
            double onTrackTolerance, double atRiskTolerance) {

        public double expectedShare(int grade, double schoolYearElapsed) {
            return Math.min(1.0, expectedShareAtGradeStart.getOrDefault(grade, 0.0) + yearlyShare * schoolYearElapsed);
        }
    }

    /**
     * Support flags: intervention after {@code lowScoresForIntervention} scores below {@code lowLevel}
     * on a competency still not mastered {@code weeksBeforeIntervention} weeks after its first evidence;
     * promotion once {@code promotionShare} of the competencies expected by the grade are mastered;
     * acceleration when every competency expected by the grade was mastered before {@code accelerateBeforeYearShare}
     * of the school year had elapsed (0.5: by the middle of the year), suggesting {@code suggestions} next ones.
     */
    public record FlagPolicy(int lowLevel, int lowScoresForIntervention, int weeksBeforeIntervention,
            double promotionShare, int suggestions, double accelerateBeforeYearShare) {
    }

    /**
     * What happens to credits already awarded when a later rule version would no longer award them:
     * {@link #KEEP} (the default, as on a transcript: they stay, marked with the version that awarded them) or
     * {@link #RECALCULATE} (the later version decides, and a publish that takes credits back needs confirmation).
     */
    public record AwardPolicy(String creditsOnceAwarded) {

        public static final String KEEP = "KEEP";
        public static final String RECALCULATE = "RECALCULATE";

        public AwardPolicy {
            if (!KEEP.equals(creditsOnceAwarded) && !RECALCULATE.equals(creditsOnceAwarded)) {
                throw new IllegalArgumentException("Credits once awarded are KEEP or RECALCULATE, not " + creditsOnceAwarded);
            }
        }
    }
}
