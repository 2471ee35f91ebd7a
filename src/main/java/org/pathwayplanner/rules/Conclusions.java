package org.pathwayplanner.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the rules conclude. Every conclusion carries the name of the rule that drew it, a reason in
 * plain words and the ids of the facts it used, so a page can answer "why?" and "why not yet?".
 */
public final class Conclusions {

    private Conclusions() {
    }

    /** Marks the conclusions an evaluation reports (the rest are the rules' working facts). */
    public interface Explained {
        String rule();

        String reason();
    }

    /** Which calculation method applies to a competency and its objectives, and where that choice came from. */
    public record MethodChoice(long competencyId, String method, String source) {
    }

    /** The level a body of evidence yields for one objective or one competency (scored directly). */
    public record LevelResult(Long objectiveId, long competencyId, String method, double level, int timesAtOrAbove,
            LocalDate firstAssessed, LocalDate lastAssessed, List<Integer> levels, List<Long> evidenceIds) {

        public boolean isForObjective() {
            return objectiveId != null;
        }
    }

    /** A competency with at least one current score, on itself or one of its objectives. */
    public record HasEvidence(long competencyId) {
    }

    /** Mastery of an objective ({@code objectiveId} set) or of a competency ({@code objectiveId} null). */
    public record Mastery(Long objectiveId, long competencyId, boolean mastered, double level, LocalDate masteredOn,
            String method, String rule, String reason, List<Long> evidenceIds) implements Explained {

        public boolean isForCompetency() {
            return objectiveId == null;
        }
    }

    public record Readiness(long competencyId, String status, List<Long> missingPrerequisiteIds, String rule,
            String reason) implements Explained {

        public static final String MASTERED = "MASTERED";
        public static final String IN_PROGRESS = "IN_PROGRESS";
        public static final String READY = "READY";
        public static final String LOCKED = "LOCKED";
    }

    /** A prerequisite of {@code competencyId} that is not mastered yet. */
    public record MissingPrerequisite(long competencyId, long prerequisiteId, String title) {

        public static List<Long> ids(List<MissingPrerequisite> missing) {
            return missing.stream().map(MissingPrerequisite::prerequisiteId).sorted().toList();
        }

        public static String titles(List<MissingPrerequisite> missing) {
            return String.join(", ", missing.stream().sorted(java.util.Comparator.comparingLong(
                    MissingPrerequisite::prerequisiteId)).map(MissingPrerequisite::title).toList());
        }
    }

    /** A competency that counts toward a bundle and is not mastered yet. */
    public record MissingFromBundle(long bundleId, long competencyId, String title) {

        public static List<Long> ids(List<MissingFromBundle> missing) {
            return missing.stream().map(MissingFromBundle::competencyId).sorted().toList();
        }

        public static String titles(List<MissingFromBundle> missing) {
            return String.join(", ", missing.stream().sorted(java.util.Comparator.comparingLong(
                    MissingFromBundle::competencyId)).map(MissingFromBundle::title).toList());
        }
    }

    /** A competency counted toward one bundle (competencies count once unless a bundle shares them). */
    public record CompetencyClaim(long competencyId, long bundleId) {
    }

    public record BundleProgress(long bundleId, String name, String areaCode, int mastered, int total,
            List<Long> missingCompetencyIds, String rule, String reason) implements Explained {
    }

    public record CreditAward(String areaCode, BigDecimal credits, Long bundleId, Long proposalId, LocalDate awardedOn,
            String rule, String reason, List<Long> competencyIds) implements Explained {
    }

    /** A target competency of a completed pathway that is not mastered yet. */
    public record PathwayTargetNotMastered(long proposalId, long competencyId, String title) {

        public static List<Long> ids(List<PathwayTargetNotMastered> missing) {
            return missing.stream().map(PathwayTargetNotMastered::competencyId).sorted().toList();
        }

        public static String titles(List<PathwayTargetNotMastered> missing) {
            return String.join(", ", missing.stream().sorted(java.util.Comparator.comparingLong(
                    PathwayTargetNotMastered::competencyId)).map(PathwayTargetNotMastered::title).toList());
        }
    }

    /** A completed pathway whose credits wait for its target competencies: which, and why not yet. */
    public record PathwayCreditWaiting(long proposalId, String title, List<Long> missingCompetencyIds, String rule,
            String reason) implements Explained {
    }

    /** Credits earned in an area beyond its requirement, counted toward electives instead. */
    public record CreditOverflow(String fromArea, BigDecimal credits, String rule, String reason) implements Explained {
    }

    public record AuditLine(String areaCode, String areaName, BigDecimal required, BigDecimal earned,
            BigDecimal outstanding, List<Long> competenciesToMaster, String rule, String reason) implements Explained {
    }

    public record AuditStatus(String status, double earnedShare, double expectedShare, String rule, String reason)
            implements Explained {

        public static final String MET = "MET";
        public static final String ON_TRACK = "ON_TRACK";
        public static final String AT_RISK = "AT_RISK";
        public static final String OFF_TRACK = "OFF_TRACK";
    }

    /** The share of required credits earned, against the share expected at this point of the student's grade. */
    public record CreditPace(double share, double expected, int grade) {

        public String describe() {
            return Math.round(share * 100) + "% of required credits earned; about " + Math.round(expected * 100)
                    + "% is expected at this point of grade " + grade;
        }
    }

    /** Scores below the policy's low level on a competency that is not mastered, and since when. */
    public record LowScores(long competencyId, int count, java.time.LocalDate firstAssessed, long weeks) {
    }

    public record SupportFlag(String type, List<Long> competencyIds, String rule, String reason) implements Explained {

        public static final String NEEDS_INTERVENTION = "NEEDS_INTERVENTION";
        public static final String READY_TO_ACCELERATE = "READY_TO_ACCELERATE";
        public static final String PROMOTION_ELIGIBLE = "PROMOTION_ELIGIBLE";
        public static final String PROMOTION_NOT_YET = "PROMOTION_NOT_YET";
    }
}
