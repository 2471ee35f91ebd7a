package org.pathwayplanner.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.pathwayplanner.rules.Sentence;

/** A student's progress as people read it: names instead of ids, and the why of every decision. */
public final class ProgressViews {

    private ProgressViews() {
    }

    /**
     * Everything the rules concluded about one student, with names: the audit, each competency, each bundle, the
     * support flags, the credit awards (what, when and why) and the credits that flowed to electives.
     */
    public record StudentProgressView(long studentId, String ruleSetVersion, Instant evaluatedAt, AuditView audit,
            List<CompetencyProgress> competencies, List<BundleView> bundles, List<FlagView> flags,
            List<CreditAwardView> credits, List<OverflowView> overflows, List<NotAwardedView> notAwarded,
            StaleNote stale) {

        /** The same progress, marked stale (or not, with null): the rules in use cannot evaluate the student. */
        public StudentProgressView withStale(StaleNote note) {
            return new StudentProgressView(studentId, ruleSetVersion, evaluatedAt, audit, competencies, bundles, flags,
                    credits, overflows, notAwarded, note);
        }

        /** What the student can start next: ready competencies, those expected earliest first. */
        public List<CompetencyProgress> readyNext(int limit) {
            return competencies.stream().filter(c -> "READY".equals(c.status()))
                    .sorted(java.util.Comparator.comparingInt(CompetencyProgress::expectedGrade)).limit(limit).toList();
        }
    }

    /**
     * The progress shown is from before: the rules in use could not evaluate the student since {@code since}, for
     * {@code reason}; it updates by itself once the rules are fixed.
     */
    public record StaleNote(String reason, Instant since) {
    }

    /** One competency: where the student stands (MASTERED, IN_PROGRESS, READY, LOCKED) and why, objective by objective. */
    public record CompetencyProgress(long id, String code, String title, String areaCode, int expectedGrade,
            String status, boolean mastered, Double level, String levelLabel, LocalDate masteredOn, String method,
            Explanation mastery, Explanation readiness, List<String> missingPrerequisites, List<Long> evidenceIds,
            List<ObjectiveProgress> objectives) {
    }

    /** Mastery of one learning objective with evidence: its level by the method, since when mastered, and why. */
    public record ObjectiveProgress(long id, String code, String title, boolean mastered, double level,
            String levelLabel, LocalDate masteredOn, String method, Explanation why) {
    }

    /**
     * The rule that decided, what it said and the facts it used. Pages render {@code sentence} in the reader's
     * language; the API gives {@code reasonKey} and {@code reasonArgs} and, for clients that show text as it comes,
     * {@code reason} in English.
     */
    public record Explanation(String rule, @JsonIgnore Sentence sentence, String reason, UsedFacts facts) {

        @JsonProperty
        public String reasonKey() {
            return sentence.key();
        }

        @JsonProperty
        @JsonSerialize(using = Sentence.ArgsWriter.class)
        public List<Object> reasonArgs() {
            return sentence.args();
        }
    }

    /**
     * The ids of the facts a conclusion used: evidence records, competencies, credit bundles, and credit awards
     * ("bundle:{id}" for a bundle's award, "pathway:{proposal id}" for a completed pathway's).
     */
    public record UsedFacts(List<Long> evidence, List<Long> competencies, List<Long> bundles, List<String> awards) {

        public static final UsedFacts NONE = new UsedFacts(List.of(), List.of(), List.of(), List.of());

        public UsedFacts {
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
            competencies = competencies == null ? List.of() : List.copyOf(competencies);
            bundles = bundles == null ? List.of() : List.copyOf(bundles);
            awards = awards == null ? List.of() : List.copyOf(awards);
        }
    }

    /** The graduation audit; {@code competenciesToMaster} lists every graduation competency not yet mastered. */
    public record AuditView(String status, Explanation why, BigDecimal earned, BigDecimal required,
            List<AuditLineView> lines, List<String> competenciesToMaster) {
    }

    /**
     * One area of the audit; {@code includedIn} names the area it is part of ("civics" within the humanities), whose
     * code is {@code includedInCode}.
     */
    public record AuditLineView(String areaCode, String areaName, BigDecimal required, BigDecimal earned,
            BigDecimal outstanding, Explanation why, List<String> competenciesToMaster, String includedIn,
            String includedInCode) {

        public int percent() {
            return required.signum() == 0 ? 100 : earned.multiply(BigDecimal.valueOf(100))
                    .divide(required, 0, java.math.RoundingMode.DOWN).intValue();
        }
    }

    public record BundleView(long id, String name, String areaCode, int mastered, int total, Explanation why,
            BigDecimal creditsAwarded) {
    }

    public record FlagView(String type, Explanation why, List<String> competencies) {
    }

    /**
     * Credits awarded: for a bundle ({@code bundleId}, {@code bundleName}) or a completed pathway ({@code proposalId}),
     * in an area, on a day, for the competencies that counted; {@code id} is how audit lines refer to it.
     */
    /** A bundle or pathway that earned credits none of which could be given: its competencies had counted already. */
    public record NotAwardedView(String name, Explanation why) {
    }

    /**
     * One credit award; {@code awardedUnderVersion} names the rule version that made it ("3") when that is not the
     * version in use: an award kept because the district keeps credits once awarded (null otherwise).
     */
    public record CreditAwardView(String id, String areaCode, BigDecimal credits, LocalDate awardedOn, Long bundleId,
            String bundleName, Long proposalId, List<Long> competencyIds, List<String> competencies, Explanation why,
            String awardedUnderVersion) {
    }

    /** Credits beyond an area's requirement (or in an area the class need not earn) that count as electives. */
    public record OverflowView(String fromArea, BigDecimal credits, Explanation why) {
    }
}
