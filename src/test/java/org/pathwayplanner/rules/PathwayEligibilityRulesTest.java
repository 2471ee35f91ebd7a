package org.pathwayplanner.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwayplanner.rules.RuleSentences.assertSays;
import static org.pathwayplanner.rules.RuleSentences.english;
import static org.pathwayplanner.rules.RuleSentences.spanish;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.rules.Eligibility.CompetencyStatusFact;
import org.pathwayplanner.rules.Eligibility.EligibilityProblem;
import org.pathwayplanner.rules.Eligibility.ProposalFact;
import org.pathwayplanner.rules.Eligibility.ProposerFact;
import org.pathwayplanner.rules.Eligibility.Result;
import org.pathwayplanner.rules.Facts.PrerequisiteFact;

/** rules/pathway-eligibility.drl — with its limits: an internship needs 60 hours per credit, at most 1 credit, grade 11, age 16. */
class PathwayEligibilityRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    final StudentEvaluator rules = new StudentEvaluator(RuleFixtures.RULES);

    // 2 Model energy requires 1 Forces and motion
    final List<CompetencyStatusFact> statuses = List.of(
            new CompetencyStatusFact(1, "Forces and motion", "IN_PROGRESS"),
            new CompetencyStatusFact(2, "Model energy", "READY"),
            new CompetencyStatusFact(3, "Engineering design", "LOCKED"),
            new CompetencyStatusFact(4, "Reading closely", "MASTERED"),
            new CompetencyStatusFact(5, "Sustained research", "READY"));
    final List<PrerequisiteFact> prerequisites = List.of(new PrerequisiteFact(2, 1), new PrerequisiteFact(3, 2));

    @Test
    void aSoundInternshipIsEligible() {
        Result result = check(internship(60, "1", List.of(2L)), aMinor(11));

        assertThat(result.eligible()).isTrue();
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void everyProblemIsListedNotOnlyTheFirst() {
        ProposalFact flawed = new ProposalFact(9, "INTERNSHIP", 30, new BigDecimal("2"), TODAY.plusDays(30), TODAY,
                false, List.of(3L, 4L), BigDecimal.ZERO);

        Result result = check(flawed, aMinor(10));

        assertThat(result.problems()).extracting(EligibilityProblem::rule).containsExactlyInAnyOrder(
                "A target competency already mastered cannot be earned again",
                "A target competency needs its prerequisites mastered or in progress",
                "A pathway needs enough hours for the credits it asks",
                "A pathway may not ask more credits than its kind allows",
                "A student must be in a grade the kind of pathway allows",
                "A pathway must end after it starts");
        assertThat(result.problems()).extracting(EligibilityProblem::reason).contains(
                Sentence.of("rule.eligibility.alreadyMastered", "Reading closely"),
                Sentence.of("rule.eligibility.prerequisite", "Engineering design", "Model energy"),
                Sentence.of("rule.eligibility.grade", Sentence.kind("INTERNSHIP"), 11, 10));
        assertThat(result.problems()).extracting(p -> english(p.reason())).contains(
                "30 planned hours are too few for 2 credits: Internship pathways need 60 hours per credit",
                "Internship pathways are open from grade 11; the student is in grade 10");
        assertThat(result.problems()).extracting(p -> spanish(p.reason())).contains(
                "Las vías de tipo Pasantía están abiertas desde el grado 11; el estudiante está en el grado 10");
    }

    @Test
    void thePrerequisiteRuleAcceptsOneInProgress() {
        assertThat(check(internship(60, "1", List.of(2L)), aMinor(11)).problems())
                .noneMatch(p -> p.rule().contains("prerequisites"));
    }

    @Test
    void theYearlyCapCountsOtherPathwaysOfTheYear() {
        ProposalFact overCap = new ProposalFact(9, "ONLINE_COURSE", 40, new BigDecimal("1"), TODAY.plusDays(7),
                TODAY.plusDays(90), false, List.of(5L), new BigDecimal("2.5"));

        assertThat(check(overCap, aMinor(11)).problems()).singleElement()
                .satisfies(p -> {
                    assertSays(p.reason(), "rule.eligibility.yearlyCap", 3.5, 3);
                    assertThat(spanish(p.reason())).isEqualTo(
                            "Esto sumaría 3,5 créditos de vías en este año escolar; el límite es 3");
                });
    }

    @Test
    void tooYoungForTheKindOfPathway() {
        ProposerFact young = new ProposerFact(42, 11, 15, TODAY);

        assertThat(check(internship(60, "1", List.of(2L)), young).problems())
                .extracting(EligibilityProblem::rule).containsExactly("A student must be old enough for the kind of pathway");
    }

    @Test
    void aPathwayWithoutCompetenciesOrDatesIsRefused() {
        ProposalFact empty = new ProposalFact(9, "SERVICE_LEARNING", 40, new BigDecimal("0.5"), null, null, false,
                List.of(), BigDecimal.ZERO);

        assertThat(check(empty, aMinor(11)).problems()).extracting(EligibilityProblem::rule).containsExactlyInAnyOrder(
                "A pathway must show at least one competency", "A pathway needs a start and an end date");
    }

    @Test
    void aStartLongAgoAndAnOverlongPathwayAreRefused() {
        ProposalFact old = new ProposalFact(9, "ONLINE_COURSE", 40, new BigDecimal("1"), TODAY.minusDays(60),
                TODAY.plusDays(400), false, List.of(5L), BigDecimal.ZERO);

        assertThat(check(old, aMinor(11)).problems()).extracting(EligibilityProblem::rule).containsExactlyInAnyOrder(
                "A pathway may not start long ago", "A pathway may not last longer than the policy allows");
    }

    @Test
    void theLimitsThemselvesAreAllowed() {
        // exactly the yearly cap, a start exactly 30 days ago, exactly 366 days long
        ProposalFact atTheLimits = new ProposalFact(9, "ONLINE_COURSE", 40, new BigDecimal("1"), TODAY.minusDays(30),
                TODAY.minusDays(30).plusDays(366), false, List.of(5L), new BigDecimal("2"));

        assertThat(check(atTheLimits, aMinor(11)).problems()).isEmpty();
    }

    @Test
    void oneStepBeyondEachLimitIsRefused() {
        ProposalFact beyond = new ProposalFact(9, "ONLINE_COURSE", 39, new BigDecimal("1"), TODAY.minusDays(31),
                TODAY.minusDays(31).plusDays(367), false, List.of(5L), new BigDecimal("2.5"));

        assertThat(check(beyond, new ProposerFact(42, 11, 12, TODAY)).problems()).extracting(EligibilityProblem::rule)
                .containsExactlyInAnyOrder(
                        "A pathway needs enough hours for the credits it asks",
                        "Pathway credits in a school year stay within the yearly cap",
                        "A pathway may not start long ago",
                        "A pathway may not last longer than the policy allows",
                        "A student must be old enough for the kind of pathway");
    }

    @Test
    void aPathwayEndingTheDayItStartsIsRefused() {
        ProposalFact oneDay = new ProposalFact(9, "ONLINE_COURSE", 40, new BigDecimal("1"), TODAY.plusDays(7),
                TODAY.plusDays(7), false, List.of(5L), BigDecimal.ZERO);

        assertThat(check(oneDay, aMinor(11)).problems()).extracting(EligibilityProblem::rule)
                .containsExactly("A pathway must end after it starts");
    }

    @Test
    void anOffCampusPathwayForAMinorNeedsAGuardiansConsent() {
        Result minor = check(internship(60, "1", List.of(2L)), aMinor(11));
        Result adult = check(internship(60, "1", List.of(2L)), new ProposerFact(42, 12, 18, TODAY));

        assertThat(minor.needsGuardianConsent()).isTrue();
        assertSays(minor.guardianConsent().reason(), "rule.eligibility.guardianConsent", 18);
        assertThat(english(minor.guardianConsent().reason())).isEqualTo(
                "The pathway is off campus and the student is under 18");
        assertThat(adult.needsGuardianConsent()).isFalse();
    }

    @Test
    void anOnCampusPathwayNeedsNoConsent() {
        ProposalFact onCampus = new ProposalFact(9, "INDEPENDENT_STUDY", 40, new BigDecimal("1"), TODAY.plusDays(7),
                TODAY.plusDays(90), false, List.of(5L), BigDecimal.ZERO);

        assertThat(check(onCampus, aMinor(11)).needsGuardianConsent()).isFalse();
    }

    private Result check(ProposalFact proposal, ProposerFact proposer) {
        return rules.checkEligibility(proposal, proposer, statuses, prerequisites);
    }

    private static ProposalFact internship(int hours, String credits, List<Long> targets) {
        return new ProposalFact(9, "INTERNSHIP", hours, new BigDecimal(credits), TODAY.plusDays(7), TODAY.plusDays(120),
                true, targets, BigDecimal.ZERO);
    }

    private static ProposerFact aMinor(int grade) {
        return new ProposerFact(42, grade, 16, TODAY);
    }
}
