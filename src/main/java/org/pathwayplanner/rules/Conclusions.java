package org.pathwayplanner.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the rules conclude. Every conclusion carries the name of the rule that drew it, its reason (a
 * {@link Sentence}: a message key and arguments, read in the reader's language) and the ids of the facts it used,
 * so a page can answer "why?" and "why not yet?".
 */
public final class Conclusions {

    private Conclusions() {
    }

    /** Marks the conclusions an evaluation reports (the rest are the rules' working facts). */
    public interface Explained {
        String rule();

        Sentence reason();
    }

    /** Which calculation method applies to a competency and its objectives, and where that choice came from. */
    public record MethodChoice(long competencyId, String method, String source) {
    }

    /**
     * The level a body of evidence yields for one objective or one competency (scored directly);
     * {@code masteredSince} is the evidence date from which it has been at mastery without a break (null if not).
     */
    public record LevelResult(Long objectiveId, long competencyId, String method, double level, int timesAtOrAbove,
            LocalDate firstAssessed, LocalDate lastAssessed, LocalDate masteredSince, List<Integer> levels,
            List<Long> evidenceIds) {

        public boolean isForObjective() {
            return objectiveId != null;
        }
    }

    /** A competency with at least one current score, on itself or one of its objectives. */
    public record HasEvidence(long competencyId) {
    }

    /** Mastery of an objective ({@code objectiveId} set) or of a competency ({@code objectiveId} null). */
    public record Mastery(Long objectiveId, long competencyId, boolean mastered, double level, LocalDate masteredOn,
            String method, String rule, Sentence reason, List<Long> evidenceIds) implements Explained {

        /** As rule versions stored before rules spoke in keys wrote it: the reason is English text. */
        public Mastery(Long objectiveId, long competencyId, boolean mastered, double level, LocalDate masteredOn,
                String method, String rule, String reason, List<Long> evidenceIds) {
            this(objectiveId, competencyId, mastered, level, masteredOn, method, rule, Sentence.text(reason), evidenceIds);
        }

        public boolean isForCompetency() {
            return objectiveId == null;
        }
    }

    public record Readiness(long competencyId, String status, List<Long> missingPrerequisiteIds, String rule,
            Sentence reason) implements Explained {

        /** As rule versions stored before rules spoke in keys wrote it: the reason is English text. */
        public Readiness(long competencyId, String status, List<Long> missingPrerequisiteIds, String rule,
                String reason) {
            this(competencyId, status, missingPrerequisiteIds, rule, Sentence.text(reason));
        }

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

        public static List<String> titles(List<MissingPrerequisite> missing) {
            return missing.stream().sorted(java.util.Comparator.comparingLong(
                    MissingPrerequisite::prerequisiteId)).map(MissingPrerequisite::title).toList();
        }
    }

    /** A competency that counts toward a bundle and is not mastered yet. */
    public record MissingFromBundle(long bundleId, long competencyId, String title) {

        public static List<Long> ids(List<MissingFromBundle> missing) {
            return missing.stream().map(MissingFromBundle::competencyId).sorted().toList();
        }

        public static List<String> titles(List<MissingFromBundle> missing) {
            return missing.stream().sorted(java.util.Comparator.comparingLong(
                    MissingFromBundle::competencyId)).map(MissingFromBundle::title).toList();
        }
    }

    /** A competency a bundle lists. */
    public record ListedInBundle(long competencyId, long bundleId) {
    }

    public record BundleProgress(long bundleId, String name, String areaCode, int mastered, int total,
            List<Long> missingCompetencyIds, String rule, Sentence reason) implements Explained {

        /** As rule versions stored before rules spoke in keys wrote it: the reason is English text. */
        public BundleProgress(long bundleId, String name, String areaCode, int mastered, int total,
                List<Long> missingCompetencyIds, String rule, String reason) {
            this(bundleId, name, areaCode, mastered, total, missingCompetencyIds, rule, Sentence.text(reason));
        }

    }

    /**
     * Credits awarded for a bundle ({@code bundleId}) or a completed pathway ({@code proposalId}), dated, with the
     * competencies that counted, and the rule set version that made the award ({@code awardedUnder}: the evaluation's
     * own version, or an earlier one for an award kept under the district's {@link Policies.AwardPolicy}).
     */
    public record CreditAward(String areaCode, BigDecimal credits, Long bundleId, Long proposalId, LocalDate awardedOn,
            String rule, Sentence reason, List<Long> competencyIds, String awardedUnder) implements Explained {

        /** As rule versions stored before rules spoke in keys wrote it: the reason is English text. */
        public CreditAward(String areaCode, BigDecimal credits, Long bundleId, Long proposalId, LocalDate awardedOn,
                String rule, String reason, List<Long> competencyIds) {
            this(areaCode, credits, bundleId, proposalId, awardedOn, rule, Sentence.text(reason), competencyIds, null);
        }

        /** An award the rules make now; the evaluation stamps it with its rule set version. */
        public CreditAward(String areaCode, BigDecimal credits, Long bundleId, Long proposalId, LocalDate awardedOn,
                String rule, Sentence reason, List<Long> competencyIds) {
            this(areaCode, credits, bundleId, proposalId, awardedOn, rule, reason, competencyIds, null);
        }

        /** The award as made under {@code version}, unless it already names the version that made it. */
        public CreditAward stampedWith(String version) {
            return awardedUnder != null ? this : new CreditAward(areaCode, credits, bundleId, proposalId, awardedOn,
                    rule, reason, competencyIds, version);
        }

        /** Made under other rules than {@code version} (and kept since). */
        public boolean madeUnderOtherRulesThan(String version) {
            return awardedUnder != null && !awardedUnder.equals(version);
        }

        /** How other conclusions refer to this award: "bundle:{id}" or "pathway:{proposal id}". */
        public String awardId() {
            return awardIdOf(bundleId, proposalId);
        }

        public static String awardIdOf(Long bundleId, Long proposalId) {
            return bundleId != null ? "bundle:" + bundleId : "pathway:" + proposalId;
        }

        /** The ids of these awards, sorted (for the rule files). */
        public static List<String> idsOf(java.util.Collection<CreditAward> awards) {
            return awards.stream().map(CreditAward::awardId).distinct().sorted().toList();
        }
    }

    /**
     * A bundle or completed pathway that earned credits but gets none (or less than it earned could not be given at
     * all): its competencies already counted toward awards earned before it.
     */
    public record CreditNotAwarded(Long bundleId, Long proposalId, String name, List<Long> competencyIds,
            String rule, Sentence reason) implements Explained {

        /** As rule versions stored before rules spoke in keys wrote it: the reason is English text. */
        public CreditNotAwarded(Long bundleId, Long proposalId, String name, List<Long> competencyIds, String rule,
                String reason) {
            this(bundleId, proposalId, name, competencyIds, rule, Sentence.text(reason));
        }

    }

    /** A target competency of a completed pathway that is not mastered yet. */
    public record PathwayTargetNotMastered(long proposalId, long competencyId, String title) {

        public static List<Long> ids(List<PathwayTargetNotMastered> missing) {
            return missing.stream().map(PathwayTargetNotMastered::competencyId).sorted().toList();
        }

        public static List<String> titles(List<PathwayTargetNotMastered> missing) {
            return missing.stream().sorted(java.util.Comparator.comparingLong(
                    PathwayTargetNotMastered::competencyId)).map(PathwayTargetNotMastered::title).toList();
        }
    }

    /** A completed pathway whose credits wait for its target competencies: which, and why not yet. */
    public record PathwayCreditWaiting(long proposalId, String title, List<Long> missingCompetencyIds, String rule,
            Sentence reason) implements Explained {

        /** As rule versions stored before rules spoke in keys wrote it: the reason is English text. */
        public PathwayCreditWaiting(long proposalId, String title, List<Long> missingCompetencyIds, String rule,
                String reason) {
            this(proposalId, title, missingCompetencyIds, rule, Sentence.text(reason));
        }

    }

    /** Credits earned in an area beyond its requirement, counted toward electives instead; the awards of that area. */
    public record CreditOverflow(String fromArea, BigDecimal credits, String rule, Sentence reason, List<String> awardIds)
            implements Explained {

        /** As rule versions stored before rules spoke in keys wrote it: the reason is English text. */
        public CreditOverflow(String fromArea, BigDecimal credits, String rule, String reason, List<String> awardIds) {
            this(fromArea, credits, rule, Sentence.text(reason), awardIds);
        }

        public CreditOverflow {
            awardIds = awardIds == null ? List.of() : List.copyOf(awardIds);
        }
    }

    /** One credit area of the audit; {@code awardIds} are the awards counted in it (see {@link CreditAward#awardId}). */
    /**
     * One line of the graduation audit. {@code includedIn} names the area whose requirement this one is part of
     * ("civics", within the humanities): its credits are already counted there, so totals leave it out.
     */
    public record AuditLine(String areaCode, String areaName, BigDecimal required, BigDecimal earned,
            BigDecimal outstanding, List<Long> competenciesToMaster, String rule, Sentence reason, List<String> awardIds,
            String includedIn) implements Explained {

        /** As rule versions stored before rules spoke in keys wrote it: the reason is English text. */
        public AuditLine(String areaCode, String areaName, BigDecimal required, BigDecimal earned,
                BigDecimal outstanding, List<Long> competenciesToMaster, String rule, String reason,
                List<String> awardIds, String includedIn) {
            this(areaCode, areaName, required, earned, outstanding, competenciesToMaster, rule, Sentence.text(reason),
                    awardIds, includedIn);
        }

        public AuditLine(String areaCode, String areaName, BigDecimal required, BigDecimal earned,
                BigDecimal outstanding, List<Long> competenciesToMaster, String rule, String reason,
                List<String> awardIds) {
            this(areaCode, areaName, required, earned, outstanding, competenciesToMaster, rule, Sentence.text(reason),
                    awardIds, null);
        }

        public AuditLine {
            awardIds = awardIds == null ? List.of() : List.copyOf(awardIds);
        }

        public AuditLine(String areaCode, String areaName, BigDecimal required, BigDecimal earned,
                BigDecimal outstanding, List<Long> competenciesToMaster, String rule, Sentence reason,
                List<String> awardIds) {
            this(areaCode, areaName, required, earned, outstanding, competenciesToMaster, rule, reason, awardIds, null);
        }

        public boolean isIncluded() {
            return includedIn != null;
        }
    }

    /** Credits of an award that count toward an area: its own, and the area its own is part of. */
    public record CreditInArea(String awardId, String areaCode, BigDecimal credits) {
    }

    /**
     * The overall audit status, the awards it counted and every graduation competency still to master (those in no
     * credit bundle, such as cross-curricular ones, included).
     */
    public record AuditStatus(String status, double earnedShare, double expectedShare, String rule, Sentence reason,
            List<String> awardIds, List<Long> competenciesToMaster) implements Explained {

        /** As rule versions stored before rules spoke in keys wrote it: the reason is English text. */
        public AuditStatus(String status, double earnedShare, double expectedShare, String rule, String reason,
                List<String> awardIds, List<Long> competenciesToMaster) {
            this(status, earnedShare, expectedShare, rule, Sentence.text(reason), awardIds, competenciesToMaster);
        }

        public AuditStatus {
            awardIds = awardIds == null ? List.of() : List.copyOf(awardIds);
            competenciesToMaster = competenciesToMaster == null ? List.of() : List.copyOf(competenciesToMaster);
        }

        public static final String MET = "MET";
        public static final String ON_TRACK = "ON_TRACK";
        public static final String AT_RISK = "AT_RISK";
        public static final String OFF_TRACK = "OFF_TRACK";
    }

    /** Every graduation competency not yet mastered; {@code notInAnyBundle} of them earn no credit. */
    public record StillToMaster(List<Long> competencyIds, List<Long> notInAnyBundle) {

        /** For rule versions stored before rules spoke in keys: the English tail of the audit's reason. */
        public String describe() {
            return notInAnyBundle.isEmpty() ? "" : "; " + notInAnyBundle.size()
                    + " graduation competencies in no credit bundle are still to master";
        }
    }

    /** The share of required credits earned, against the share expected at this point of the student's grade. */
    public record CreditPace(double share, double expected, int grade, double behind) {

        /** {@code behind} is expected minus earned, rounded to 4 decimals so a tolerance is met exactly at its edge. */
        public static CreditPace of(double share, double expected, int grade) {
            double behind = BigDecimal.valueOf(expected).subtract(BigDecimal.valueOf(share))
                    .setScale(4, java.math.RoundingMode.HALF_UP).doubleValue();
            return new CreditPace(share, expected, grade, behind);
        }

        /** For rule versions stored before rules spoke in keys: the pace in English. */
        public String describe() {
            return Math.round(share * 100) + "% of required credits earned; about " + Math.round(expected * 100)
                    + "% is expected at this point of grade " + grade;
        }
    }

    /** Scores below the policy's low level on a competency that is not mastered, and since when. */
    public record LowScores(long competencyId, int count, java.time.LocalDate firstAssessed, long weeks,
            List<Long> evidenceIds) {

        public LowScores {
            evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
        }
    }

    /**
     * A support flag: the competencies it is about (to work on, to start next, still to master, or mastered for
     * promotion) and the evidence it rests on (the low scores for an intervention, the masteries otherwise).
     */
    public record SupportFlag(String type, List<Long> competencyIds, List<Long> evidenceIds, String rule,
            Sentence reason) implements Explained {

        /** As rule versions stored before rules spoke in keys wrote it: the reason is English text. */
        public SupportFlag(String type, List<Long> competencyIds, List<Long> evidenceIds, String rule, String reason) {
            this(type, competencyIds, evidenceIds, rule, Sentence.text(reason));
        }

        public SupportFlag {
            evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
        }

        public static final String NEEDS_INTERVENTION = "NEEDS_INTERVENTION";
        public static final String READY_TO_ACCELERATE = "READY_TO_ACCELERATE";
        public static final String PROMOTION_ELIGIBLE = "PROMOTION_ELIGIBLE";
        public static final String PROMOTION_NOT_YET = "PROMOTION_NOT_YET";
    }
}
