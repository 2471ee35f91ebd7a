package org.pathwayplanner.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Facts and conclusions of {@code rules/pathway-eligibility.drl}: may this flexible pathway go to review? */
public final class Eligibility {

    private Eligibility() {
    }

    /**
     * The proposal as submitted; {@code creditsThisYear} counts the student's other approved pathways this school
     * year. Planned hours may be quarter hours (40.5), kept exactly.
     */
    public record ProposalFact(long proposalId, String type, BigDecimal plannedHours, BigDecimal requestedCredits,
            LocalDate startDate, LocalDate endDate, boolean offCampus, List<Long> competencyIds,
            BigDecimal creditsThisYear) {

        /** A proposal planned in whole hours. */
        public ProposalFact(long proposalId, String type, int plannedHours, BigDecimal requestedCredits,
                LocalDate startDate, LocalDate endDate, boolean offCampus, List<Long> competencyIds,
                BigDecimal creditsThisYear) {
            this(proposalId, type, BigDecimal.valueOf(plannedHours), requestedCredits, startDate, endDate, offCampus,
                    competencyIds, creditsThisYear);
        }
    }

    /** The student proposing: grade and age on the day of the check. */
    public record ProposerFact(long studentId, int gradeLevel, int age, LocalDate today) {
    }

    /** Where the student stands on a competency (from their latest evaluation). */
    public record CompetencyStatusFact(long competencyId, String title, String status) {
    }

    /** District limits for one kind of pathway: a row of the decision table rules/pathway-types.drl.csv. */
    public record PathwayTypeLimit(String type, int hoursPerCredit, BigDecimal maxCredits, int minGrade, int minAge) {
    }

    /** District limits for all pathways (rules/pathway-types.drl.csv): yearly credit cap, the age of majority, how far back a start may be. */
    public record PathwayPolicy(BigDecimal yearlyCreditCap, int ageOfMajority, int maxDaysStartInPast,
            int maxDurationDays) {
    }

    /** One reason the proposal cannot go to review yet. */
    public record EligibilityProblem(String rule, Sentence reason) implements Conclusions.Explained {

        /** As rule versions stored before rules spoke in keys wrote it: the reason is English text. */
        public EligibilityProblem(String rule, String reason) {
            this(rule, Sentence.text(reason));
        }
    }

    /** The pathway needs a guardian's consent, and why. */
    public record GuardianConsentNeeded(String rule, Sentence reason) implements Conclusions.Explained {

        /** As rule versions stored before rules spoke in keys wrote it: the reason is English text. */
        public GuardianConsentNeeded(String rule, String reason) {
            this(rule, Sentence.text(reason));
        }
    }

    /** Every problem found (not only the first) and whether a guardian must consent. */
    public record Result(List<EligibilityProblem> problems, GuardianConsentNeeded guardianConsent) {

        public boolean eligible() {
            return problems.isEmpty();
        }

        public boolean needsGuardianConsent() {
            return guardianConsent != null;
        }
    }
}
