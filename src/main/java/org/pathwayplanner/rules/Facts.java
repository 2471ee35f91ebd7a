package org.pathwayplanner.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the rules read. Small immutable facts; ids refer to the records they came from so that every
 * conclusion can name the evidence, competencies and bundles it used.
 */
public final class Facts {

    private Facts() {
    }

    /**
     * The student being evaluated, on {@code asOf}; {@code schoolYearElapsed} runs 0 (the school year's first day)
     * to 1 (its last day, and through the summer). The school year in progress runs from {@code schoolYearStart}
     * to {@code schoolYearEnd}.
     */
    public record StudentFact(long studentId, int gradeLevel, int graduationYear, LocalDate asOf,
            double schoolYearElapsed, LocalDate schoolYearStart, LocalDate schoolYearEnd) {

        /** The share of this school year elapsed on {@code day}: 0 on or before its first day, 1 on or after its last. */
        public double yearShareOn(LocalDate day) {
            if (day == null || !day.isAfter(schoolYearStart)) {
                return 0;
            }
            double share = (double) java.time.temporal.ChronoUnit.DAYS.between(schoolYearStart, day)
                    / java.time.temporal.ChronoUnit.DAYS.between(schoolYearStart, schoolYearEnd);
            return Math.min(1, share);
        }
    }

    public record ScaleFact(int minLevel, int maxLevel, int masteryThreshold, Map<Integer, String> labels) {

        public String labelOf(double level) {
            return labels.getOrDefault((int) Math.round(level), String.valueOf(level));
        }
    }

    public record CompetencyFact(long id, String code, String title, String areaCode, int expectedGrade,
            String calculationMethod, String rollUp, Integer pointsThreshold) {
    }

    public record PrerequisiteFact(long competencyId, long prerequisiteId) {
    }

    public record ObjectiveFact(long id, long competencyId, String code, String title, int points, boolean required) {
    }

    /** One score of the body of evidence, for an objective or (directly) a competency. */
    public record ScoreFact(long evidenceId, long scoreId, Long objectiveId, Long competencyId, int level,
            LocalDate assessedOn, boolean superseded) {
    }

    /**
     * The scores of one objective (or of one competency assessed as a whole), grouped for the rules.
     * {@code competencyId} is the competency the objective belongs to. Superseded evidence is kept for
     * the record but is not current: {@link #currentScores()} leaves it out.
     */
    public record ScoreHistory(Long objectiveId, long competencyId, List<ScoreFact> scores) {

        public List<ScoreFact> currentScores() {
            return scores.stream().filter(s -> !s.superseded()).toList();
        }

        public boolean hasCurrentScores() {
            return scores.stream().anyMatch(s -> !s.superseded());
        }

        public boolean isForObjective() {
            return objectiveId != null;
        }
    }

    /**
     * A credit area the student's class must earn, with the credits required; {@code localOption} marks a requirement
     * the law leaves to the district (e.g. the mastery-based diploma assessment since PA 23-21).
     */
    public record CreditAreaFact(String code, String name, BigDecimal required, boolean localOption) {

        public CreditAreaFact(String code, String name, BigDecimal required) {
            this(code, name, required, false);
        }
    }

    /**
     * A credit area included in another ("humanities, including civics and the arts"): its credits also count toward
     * {@code partOfCode}, and its own requirement is met within the other's.
     */
    public record AreaPartOf(String areaCode, String partOfCode) {
    }

    public record BundleFact(long id, String code, String name, String areaCode, BigDecimal credits,
            boolean partialAllowed, boolean shareable, List<Long> competencyIds) {
    }

    /**
     * A completed flexible pathway, the credits its approval granted and the competencies it was to
     * demonstrate (its credits wait until every one of them is mastered; none listed: nothing to wait for).
     */
    public record PathwayCreditFact(long proposalId, String title, String areaCode, BigDecimal credits,
            LocalDate completedOn, List<Long> competencyIds) {

        public PathwayCreditFact {
            competencyIds = competencyIds == null ? List.of() : List.copyOf(competencyIds);
        }

        /** A pathway with no target competencies to wait for (a what-if, or one from before targets counted). */
        public PathwayCreditFact(long proposalId, String title, String areaCode, BigDecimal credits,
                LocalDate completedOn) {
            this(proposalId, title, areaCode, credits, completedOn, List.of());
        }
    }

    /**
     * A credit award the student holds from an earlier rule version that the rules in use would not make (or would
     * make for fewer credits). Inserted only when the district's {@link Policies.AwardPolicy} keeps awarded credits:
     * the award stays, with its credits, date and competencies (which count toward it and no other award).
     *
     * @param name the bundle's name or "the pathway …", for the reasons of awards that lose a competency to it
     */
    public record KeptAward(String awardId, Object name, Conclusions.CreditAward award) {

        public List<Long> competencyIds() {
            return award.competencyIds();
        }

        /** The award as the rules in use state it: the earlier version's credits, date and competencies, kept. */
        public Conclusions.CreditAward keptBy(String rule) {
            return new Conclusions.CreditAward(award.areaCode(), award.credits(), award.bundleId(), award.proposalId(),
                    award.awardedOn(), rule, Sentence.of("rule.credits.kept", name, award.credits(),
                            Sentence.area(award.areaCode())),
                    award.competencyIds(), award.awardedUnder());
        }
    }
}
