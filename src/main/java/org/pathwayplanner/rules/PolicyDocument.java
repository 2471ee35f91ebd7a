package org.pathwayplanner.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pathwayplanner.rules.Eligibility.PathwayPolicy;
import org.pathwayplanner.rules.Eligibility.PathwayTypeLimit;
import org.pathwayplanner.rules.Policies.AreaMethod;
import org.pathwayplanner.rules.Policies.AuditPolicy;
import org.pathwayplanner.rules.Policies.AwardPolicy;
import org.pathwayplanner.rules.Policies.CreditPolicy;
import org.pathwayplanner.rules.Policies.FlagPolicy;
import org.pathwayplanner.rules.Policies.MasteryPolicy;

/**
 * The district's policy as a named document ({@code rules/policy.json}): every number the rules use, each a named
 * field (see {@link PolicyFields} for units, ranges and help). The rules read it as facts: {@link #facts()} are
 * inserted into every session of the rule set it belongs to. Read and written by {@link PolicyJson}; a document that
 * lacks a field gets the field's value from {@link #DEFAULTS}, the one place the shipped values live.
 */
public record PolicyDocument(Mastery mastery, Credits credits, Pace pace, Flags flags, Pathways pathways,
        Plans plans) {

    /** The file of a rule set version that holds the document. */
    public static final String FILE = "policy.json";

    /** How a body of evidence becomes a level. */
    public record Mastery(String districtMethod, double decayingAverageWeight, int modeOfLastScores,
            String modeTieGoesTo, int timesAtMastery, List<AreaMethodRow> areaMethods) {
    }

    /** A content area that uses another method than the district's. */
    public record AreaMethodRow(String area, String method) {
    }

    /** Partial credit, the elective area, and what happens to credits once awarded. */
    public record Credits(double partialMasteredShare, double partialCreditShare, String electiveArea,
            String creditsOnceAwarded) {
    }

    /** Expected pace toward graduation. */
    public record Pace(List<GradeShare> shareAtGradeStart, double yearlyShare, double onTrackTolerance,
            double atRiskTolerance) {
    }

    /** The share of the required credits a student should hold when a grade starts. */
    public record GradeShare(int grade, double share) {
    }

    /** Support flags: intervention, promotion, acceleration. */
    public record Flags(int lowLevel, int lowScoresForIntervention, int weeksBeforeIntervention, double promotionShare,
            int suggestions, double accelerateBeforeYearShare) {
    }

    /** Limits of flexible pathways: for all of them, and per kind. */
    public record Pathways(BigDecimal yearlyCreditCap, int ageOfMajority, int maxDaysStartInPast, int maxDurationDays,
            List<Kind> kinds) {
    }

    /** A kind of flexible pathway the district offers, with its limits. */
    public record Kind(String code, String name, int hoursPerCredit, BigDecimal maxCredits, int fromGrade,
            int fromAge) {
    }

    /**
     * Limits of a student's plan to graduation: how many terms a school year has, and the most and fewest credits
     * planned in one term (0: no minimum).
     */
    public record Plans(int termsPerYear, BigDecimal maxCreditsPerTerm, BigDecimal minCreditsPerTerm) {
    }

    /** The shipped policy: what a new district starts with and what a document lacking a field falls back to. */
    public static final PolicyDocument DEFAULTS = new PolicyDocument(
            new Mastery(CalculationMethods.MOST_RECENT, 0.65, 3, MasteryPolicy.TIE_TO_MOST_RECENT, 2,
                    List.of(new AreaMethodRow("SCI", CalculationMethods.DECAYING_AVERAGE),
                            new AreaMethodRow("WL", CalculationMethods.N_TIMES))),
            new Credits(0.5, 0.5, "ELECTIVES", AwardPolicy.KEEP),
            new Pace(List.of(new GradeShare(9, 0.0), new GradeShare(10, 0.25), new GradeShare(11, 0.5),
                    new GradeShare(12, 0.75)), 0.25, 0.10, 0.25),
            new Flags(2, 2, 6, 0.8, 3, 0.5),
            new Pathways(new BigDecimal("3.0"), 18, 30, 366, List.of(
                    new Kind("INTERNSHIP", "Internship", 60, new BigDecimal("1.0"), 11, 16),
                    new Kind("APPRENTICESHIP", "Apprenticeship", 60, new BigDecimal("2.0"), 11, 16),
                    new Kind("ONLINE_COURSE", "Online course", 40, new BigDecimal("1.0"), 9, 13),
                    new Kind("COLLEGE_COURSE", "College course", 40, new BigDecimal("1.0"), 11, 15),
                    new Kind("CAREER_TECHNICAL", "Career-technical course", 50, new BigDecimal("2.0"), 10, 14),
                    new Kind("SERVICE_LEARNING", "Service learning", 40, new BigDecimal("0.5"), 9, 13),
                    new Kind("INDEPENDENT_STUDY", "Independent study", 40, new BigDecimal("1.0"), 10, 14))),
            new Plans(2, new BigDecimal("4.5"), BigDecimal.ZERO));

    public PolicyDocument {
        mastery = mastery == null ? DEFAULTS.mastery : mastery;
        credits = credits == null ? DEFAULTS.credits : credits;
        pace = pace == null ? DEFAULTS.pace : pace;
        flags = flags == null ? DEFAULTS.flags : flags;
        pathways = pathways == null ? DEFAULTS.pathways : pathways;
        plans = plans == null ? DEFAULTS.plans : plans;
    }

    /** A document written before plans had limits: the shipped ones. */
    public PolicyDocument(Mastery mastery, Credits credits, Pace pace, Flags flags, Pathways pathways) {
        this(mastery, credits, pace, flags, pathways, null);
    }

    /** The kind with this code, if the policy has it. */
    public java.util.Optional<Kind> kind(String code) {
        return pathways.kinds().stream().filter(k -> k.code().equals(code)).findFirst();
    }

    /** The facts the rules read, one record per concern, as {@code policy.drl} inserted them before. */
    public List<Object> facts() {
        List<Object> facts = new ArrayList<>();
        facts.add(new MasteryPolicy(mastery.districtMethod(), mastery.decayingAverageWeight(),
                mastery.modeOfLastScores(), mastery.timesAtMastery(), mastery.modeTieGoesTo()));
        mastery.areaMethods().forEach(row -> facts.add(new AreaMethod(row.area(), row.method())));
        facts.add(new CreditPolicy(credits.partialMasteredShare(), credits.partialCreditShare(),
                credits.electiveArea()));
        Map<Integer, Double> shares = new TreeMap<>();
        pace.shareAtGradeStart().forEach(row -> shares.put(row.grade(), row.share()));
        facts.add(new AuditPolicy(Map.copyOf(shares), pace.yearlyShare(), pace.onTrackTolerance(),
                pace.atRiskTolerance()));
        facts.add(new FlagPolicy(flags.lowLevel(), flags.lowScoresForIntervention(), flags.weeksBeforeIntervention(),
                flags.promotionShare(), flags.suggestions(), flags.accelerateBeforeYearShare()));
        facts.add(new AwardPolicy(credits.creditsOnceAwarded()));
        facts.add(new PathwayPolicy(pathways.yearlyCreditCap(), pathways.ageOfMajority(),
                pathways.maxDaysStartInPast(), pathways.maxDurationDays()));
        pathways.kinds().forEach(kind -> facts.add(new PathwayTypeLimit(kind.code(), kind.hoursPerCredit(),
                kind.maxCredits(), kind.fromGrade(), kind.fromAge())));
        facts.add(new PlanFacts.PlanPolicy(plans.maxCreditsPerTerm(), plans.minCreditsPerTerm(), plans.termsPerYear()));
        return List.copyOf(facts);
    }
}
