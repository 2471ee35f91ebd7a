package org.pathwayplanner.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwayplanner.rules.RuleFixtures.aFramework;
import static org.pathwayplanner.rules.RuleFixtures.aStudent;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.rules.PlanFacts.PlanCheck;
import org.pathwayplanner.rules.PlanFacts.PlanFinding;
import org.pathwayplanner.rules.PlanFacts.PlanInput;
import org.pathwayplanner.rules.PlanFacts.PlanTerm;
import org.pathwayplanner.rules.PlanFacts.PlannedItem;

/**
 * rules/plan.drl — a plan is checked as if every item of a term that has not ended were done by the end of its term.
 * The fixtures' day is 2026-11-24: 2025-2026 has ended, 2026-2027 term 1 is under way. Shipped limits: 4.5 credits a
 * term, no minimum, 3 pathway credits a school year.
 */
class PlanRulesTest {

    static final PlanTerm LAST_YEAR_2 = new PlanTerm(1, "2025-2026", 2, LocalDate.of(2026, 1, 23),
            LocalDate.of(2026, 6, 15), true);
    static final PlanTerm FALL = new PlanTerm(2, "2026-2027", 1, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 22),
            false);
    static final PlanTerm SPRING = new PlanTerm(3, "2026-2027", 2, LocalDate.of(2027, 1, 23), LocalDate.of(2027, 6, 15),
            false);
    static final PlanTerm NEXT_FALL = new PlanTerm(4, "2027-2028", 1, LocalDate.of(2027, 9, 1),
            LocalDate.of(2028, 1, 22), false);
    static final List<PlanTerm> TERMS = List.of(LAST_YEAR_2, FALL, SPRING, NEXT_FALL);

    final FrameworkFacts courses = courses().build();
    /** The courses and a cross-curricular graduation competency in no credit bundle. */
    final FrameworkFacts withCollaboration = courses().competency(6, "Collaboration", "CROSS", 9).build();

    static RuleFixtures.FrameworkBuilder courses() {
        return aFramework()
            .competency(1, "Algebra", "MATH", 9).competency(2, "Geometry", "MATH", 10)
            .competency(3, "Statistics", "MATH", 11).competency(4, "Essay", "ELA", 9)
            .competency(5, "Constitution", "SS", 10)
            .prerequisite(2, 1)
            .bundle(100, "Algebra I", "STEM", "2", 1L)
            .bundle(101, "Geometry", "STEM", "1.5", 2L)
            .bundle(102, "Statistics", "STEM", "0.5", 3L)
            .bundle(103, "English", "HUMANITIES", "1", 4L)
            .bundle(104, "Civics", "CIVICS", "0.5", 5L)
            .areaWithin("CIVICS", "HUMANITIES");
    }

    private final List<PlannedItem> items = new ArrayList<>();

    @AfterAll
    static void releaseRules() {
        lightTermRules().release();
    }

    // ------------------------------------------------------------------ requirements by graduation

    @Test
    void aPlanThatCompletesEveryRequirementByGraduationMeetsThem() {
        bundle(FALL, 100, "2").bundle(SPRING, 101, "1.5").bundle(NEXT_FALL, 102, "0.5");

        PlanCheck check = check(aStudent().requiring("STEM", "4"));

        assertThat(check.findings()).extracting(PlanFinding::key).containsExactly("plan.finding.meetsRequirements");
        PlanFinding met = check.findings().get(0);
        assertThat(met.severity()).isEqualTo(PlanFinding.OK);
        assertThat(met.rule()).isEqualTo("A plan that meets every credit requirement by graduation says so");
        assertThat(met.args()).containsExactly("4");
        assertThat(check.projected().earnedIn("STEM")).isEqualByComparingTo("4");
    }

    @Test
    void anAreaThePlanLeavesShortIsAnErrorNamingTheAreaAndHowMuchIsMissing() {
        bundle(FALL, 100, "2");

        PlanCheck check = check(aStudent().requiring("STEM", "4"));

        PlanFinding shortfall = only(check, "plan.finding.areaShort");
        assertThat(shortfall.severity()).isEqualTo(PlanFinding.ERROR);
        assertThat(shortfall.rule()).isEqualTo("An area the plan leaves short by graduation is an error, by how much");
        assertThat(shortfall.args()).containsExactly("Stem", "2", "4", "2");
        assertThat(keys(check)).doesNotContain("plan.finding.meetsRequirements");
    }

    @Test
    void creditsAlreadyEarnedCountTowardThePlan() {
        bundle(FALL, 101, "1.5").bundle(SPRING, 102, "0.5");

        PlanCheck check = check(aStudent().mastered(1).requiring("STEM", "4"));

        assertThat(keys(check)).containsExactly("plan.finding.meetsRequirements");
    }

    @Test
    void aRequirementWithinAnotherAreaThatThePlanLeavesShortIsAnErrorOfItsOwn() {
        bundle(FALL, 103, "1");

        PlanCheck check = check(aStudent().requiring("HUMANITIES", "1").requiring("CIVICS", "0.5"));

        PlanFinding part = only(check, "plan.finding.partShort");
        assertThat(part.args()).containsExactly("Civics", "0.5", "0.5", "Humanities");
        assertThat(keys(check)).doesNotContain("plan.finding.areaShort");
    }

    @Test
    void aRequirementWithinAnotherAreaThatThePlanMeetsIsNoFinding() {
        bundle(FALL, 103, "1").bundle(SPRING, 104, "0.5");

        PlanCheck check = check(aStudent().requiring("HUMANITIES", "1.5").requiring("CIVICS", "0.5"));

        assertThat(keys(check)).containsExactly("plan.finding.meetsRequirements");
    }

    @Test
    void graduationCompetenciesInNoBundleLeftUnplannedAreAWarning() {
        bundle(FALL, 100, "2");

        PlanCheck unplanned = check(aStudent().requiring("STEM", "2"), withCollaboration);
        competency(SPRING, 6);
        PlanCheck planned = check(aStudent().requiring("STEM", "2"), withCollaboration);

        assertThat(only(unplanned, "plan.finding.competenciesOutsideBundles").severity())
                .isEqualTo(PlanFinding.WARNING);
        // the other competencies (2-5) are in bundles: the area findings cover them
        assertThat(only(unplanned, "plan.finding.competenciesOutsideBundles").args()).containsExactly("1");
        assertThat(keys(planned)).doesNotContain("plan.finding.competenciesOutsideBundles");
    }

    // ------------------------------------------------------------------ order

    @Test
    void aCompetencyPlannedBeforeItsPrerequisiteIsAnOrderErrorNamingThePrerequisite() {
        bundle(FALL, 101, "1.5").bundle(SPRING, 100, "2");

        PlanCheck check = check(aStudent().requiring("STEM", "3.5"));

        PlanFinding order = only(check, "plan.finding.prerequisiteNotBefore");
        assertThat(order.severity()).isEqualTo(PlanFinding.ERROR);
        assertThat(order.args()).containsExactly("Geometry", "Algebra", "2026-2027", "1");
        assertThat(order.termSequence()).isEqualTo(FALL.sequence());
        assertThat(order.itemIds()).containsExactly(1L);
    }

    @Test
    void aCompetencyPlannedInTheSameTermAsItsPrerequisiteIsAnOrderError() {
        competency(FALL, 1).competency(FALL, 2);

        assertThat(keys(check(aStudent()))).contains("plan.finding.prerequisiteNotBefore");
    }

    @Test
    void aCompetencyWhosePrerequisiteIsPlannedEarlierOrMasteredIsInOrder() {
        competency(FALL, 1).competency(SPRING, 2);
        PlanCheck plannedEarlier = check(aStudent());
        items.clear();
        competency(FALL, 2);
        PlanCheck mastered = check(aStudent().mastered(1));

        assertThat(keys(plannedEarlier)).doesNotContain("plan.finding.prerequisiteNotBefore");
        assertThat(keys(mastered)).doesNotContain("plan.finding.prerequisiteNotBefore");
    }

    @Test
    void aPrerequisitePlannedOnlyLaterIsStillAnOrderError() {
        competency(SPRING, 2).competency(NEXT_FALL, 1);

        assertThat(only(check(aStudent()), "plan.finding.prerequisiteNotBefore").args())
                .containsExactly("Geometry", "Algebra", "2026-2027", "2");
    }

    // ------------------------------------------------------------------ load

    @Test
    void aTermPlannedBeyondTheDistrictsMostCreditsIsAnError() {
        bundle(FALL, 100, "2").bundle(FALL, 101, "1.5").bundle(FALL, 103, "1").bundle(FALL, 104, "0.5");

        PlanFinding load = only(check(aStudent()), "plan.finding.termOverloaded");

        assertThat(load.severity()).isEqualTo(PlanFinding.ERROR);
        assertThat(load.args()).containsExactly("2026-2027", "1", "5.0", "4.5");
        assertThat(load.itemIds()).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
    }

    @Test
    void aTermPlannedAtExactlyTheDistrictsMostCreditsIsWithinTheLimit() {
        bundle(FALL, 100, "2").bundle(FALL, 101, "1.5").bundle(FALL, 102, "0.5").bundle(FALL, 104, "0.5");

        assertThat(keys(check(aStudent()))).doesNotContain("plan.finding.termOverloaded");
    }

    @Test
    void aTermUnderTheDistrictsMinimumIsAWarningWhenTheDistrictSetsOne() {
        bundle(FALL, 100, "2").bundle(SPRING, 102, "0.5");

        PlanCheck shipped = check(aStudent());
        PlanCheck withMinimum = StudentEvaluator.checkPlan(lightTermRules(), courses, aStudent().build(),
                new PlanInput(TERMS, items));

        assertThat(keys(shipped)).as("no minimum is shipped").doesNotContain("plan.finding.termLight");
        assertThat(withMinimum.findings()).filteredOn(f -> f.key().equals("plan.finding.termLight"))
                .extracting(PlanFinding::args)
                .containsExactlyInAnyOrder(List.of("2026-2027", "2", "0.5", "1"), List.of("2027-2028", "1", "0", "1"));
    }

    @Test
    void flexiblePathwayCreditsPlannedInOneSchoolYearBeyondTheCapAreAnError() {
        pathway(FALL, "2").pathway(SPRING, "1.5");

        PlanFinding cap = only(check(aStudent()), "plan.finding.pathwayCapExceeded");

        assertThat(cap.args()).containsExactly("2026-2027", "3.5", "3.0");
        assertThat(cap.itemIds()).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void flexiblePathwayCreditsUpToTheCapOrSpreadOverYearsAreWithinIt() {
        pathway(FALL, "1.5").pathway(SPRING, "1.5").pathway(NEXT_FALL, "2");

        assertThat(keys(check(aStudent()))).doesNotContain("plan.finding.pathwayCapExceeded");
    }

    @Test
    void aPlannedPathwayCountsTowardItsAreaByGraduation() {
        pathway(FALL, "1");

        PlanCheck check = check(aStudent().requiring("ELECTIVES", "1"));

        assertThat(keys(check)).containsExactly("plan.finding.meetsRequirements");
    }

    // ------------------------------------------------------------------ plan against reality

    @Test
    void aCompetencyPlannedForATermThatHasEndedAndNotMasteredIsBehindPlan() {
        competency(LAST_YEAR_2, 1);

        PlanFinding behind = only(check(aStudent()), "plan.finding.behind");

        assertThat(behind.severity()).isEqualTo(PlanFinding.WARNING);
        assertThat(behind.args()).containsExactly("Algebra", "2025-2026", "2");
    }

    @Test
    void anItemOfATermThatHasEndedIsNotBehindOnceDone() {
        competency(LAST_YEAR_2, 1).bundle(LAST_YEAR_2, 103, "1");

        assertThat(keys(check(aStudent().mastered(1, 4)))).doesNotContain("plan.finding.behind");
    }

    @Test
    void aBundleOfATermThatHasEndedIsNotTakenAsDone() {
        bundle(LAST_YEAR_2, 100, "2");

        PlanCheck check = check(aStudent().requiring("STEM", "2"));

        assertThat(keys(check)).contains("plan.finding.behind", "plan.finding.areaShort");
    }

    @Test
    void withoutAPlanThePlanRulesFindNothing() {
        PlanCheck check = StudentEvaluator.checkPlan(RuleFixtures.RULES, courses,
                aStudent().requiring("STEM", "4").build(), new PlanInput(List.of(), List.of()));

        assertThat(check.findings()).isEmpty();
    }

    // ------------------------------------------------------------------ small changes to an approved plan

    @Test
    void movingItemsBetweenTermsOfTheSameSchoolYearWithTheSameCheckNeedsNoReview() {
        bundle(FALL, 100, "2").bundle(NEXT_FALL, 101, "1.5");
        List<PlannedItem> approved = List.copyOf(items);
        items.clear();
        bundle(SPRING, 100, "2").bundle(NEXT_FALL, 101, "1.5");

        PlanFinding small = only(checkAgainst(approved, aStudent().requiring("STEM", "4")), "plan.finding.smallChange");

        assertThat(small.severity()).isEqualTo(PlanFinding.OK);
        assertThat(small.rule()).isEqualTo(
                "A change that only moves items within their school year and leaves the check as it was needs no review");
    }

    @Test
    void movingAnItemToAnotherSchoolYearAddingOneOrChangingWhatTheCheckSaysNeedsAReview() {
        bundle(FALL, 100, "2").bundle(NEXT_FALL, 101, "1.5");
        List<PlannedItem> approved = List.copyOf(items);

        items.clear();
        bundle(FALL, 100, "2").bundle(SPRING, 101, "1.5");
        PlanCheck otherYear = checkAgainst(approved, aStudent().requiring("STEM", "4"));
        items.clear();
        bundle(FALL, 100, "2").bundle(NEXT_FALL, 101, "1.5").competency(SPRING, 3);
        PlanCheck added = checkAgainst(approved, aStudent().requiring("STEM", "4"));
        items.clear();
        bundle(FALL, 100, "2").bundle(NEXT_FALL, 101, "1.5");
        PlanCheck unchanged = checkAgainst(approved, aStudent().requiring("STEM", "4"));
        items.clear();
        competency(FALL, 2).competency(SPRING, 1);
        List<PlannedItem> inOrder = List.of(new PlannedItem(1, SPRING.sequence(), PlannedItem.COMPETENCY, 2L, null,
                null, "competency 2", null, BigDecimal.ZERO), new PlannedItem(2, FALL.sequence(),
                PlannedItem.COMPETENCY, 1L, null, null, "competency 1", null, BigDecimal.ZERO));
        PlanCheck nowOutOfOrder = checkAgainst(inOrder, aStudent());

        assertThat(keys(otherYear)).doesNotContain("plan.finding.smallChange");
        assertThat(keys(added)).doesNotContain("plan.finding.smallChange");
        assertThat(keys(unchanged)).contains("plan.finding.smallChange");
        assertThat(keys(nowOutOfOrder)).contains("plan.finding.prerequisiteNotBefore")
                .doesNotContain("plan.finding.smallChange");
    }

    @Test
    void withoutAnApprovedVersionNoChangeIsSmall() {
        bundle(FALL, 100, "2");

        assertThat(keys(check(aStudent()))).doesNotContain("plan.finding.smallChange");
    }

    // ------------------------------------------------------------------ fixtures

    /** The items as the next version of an approved plan whose items were {@code approved}. */
    private PlanCheck checkAgainst(List<PlannedItem> approved, RuleFixtures.StudentBuilder student) {
        PlanCheck approvedCheck = StudentEvaluator.checkPlan(RuleFixtures.RULES, courses, student.build(),
                new PlanInput(TERMS, approved));
        List<PlanFacts.ApprovedFinding> findings = approvedCheck.findings().stream()
                .map(f -> new PlanFacts.ApprovedFinding(f.key(), f.args())).toList();
        List<PlanFacts.ApprovedItem> approvedItems = approved.stream().map(i -> new PlanFacts.ApprovedItem(i.ref(),
                TERMS.stream().filter(t -> t.sequence() == i.termSequence()).findFirst().orElseThrow().schoolYear()))
                .toList();
        return StudentEvaluator.checkPlan(RuleFixtures.RULES, courses, student.build(),
                new PlanInput(TERMS, items, approvedItems, findings));
    }

    private PlanRulesTest bundle(PlanTerm term, long bundleId, String credits) {
        items.add(new PlannedItem(items.size() + 1, term.sequence(), PlannedItem.BUNDLE, null, bundleId, null,
                "bundle " + bundleId, null, new BigDecimal(credits)));
        return this;
    }

    private PlanRulesTest competency(PlanTerm term, long competencyId) {
        items.add(new PlannedItem(items.size() + 1, term.sequence(), PlannedItem.COMPETENCY, competencyId, null, null,
                "competency " + competencyId, null, BigDecimal.ZERO));
        return this;
    }

    private PlanRulesTest pathway(PlanTerm term, String credits) {
        items.add(new PlannedItem(items.size() + 1, term.sequence(), PlannedItem.PATHWAY, null, null, "INTERNSHIP",
                "Internship", "ELECTIVES", new BigDecimal(credits)));
        return this;
    }

    private PlanCheck check(RuleFixtures.StudentBuilder student) {
        return check(student, courses);
    }

    private PlanCheck check(RuleFixtures.StudentBuilder student, FrameworkFacts framework) {
        return StudentEvaluator.checkPlan(RuleFixtures.RULES, framework, student.build(), new PlanInput(TERMS, items));
    }

    private static List<String> keys(PlanCheck check) {
        return check.findings().stream().map(PlanFinding::key).toList();
    }

    private static PlanFinding only(PlanCheck check, String key) {
        List<PlanFinding> found = check.findings().stream().filter(f -> f.key().equals(key)).toList();
        assertThat(found).as(key + " in " + check.findings()).hasSize(1);
        return found.get(0);
    }

    private static RuleSet lightTermRules;

    /** The shipped rules with a minimum of 1 credit a term. */
    private static synchronized RuleSet lightTermRules() {
        if (lightTermRules == null) {
            Map<String, String> files = new TreeMap<>(RuleBook.read(Path.of("rules")));
            files.put("policy.json", files.get("policy.json").replace("\"minCreditsPerTerm\" : 0",
                    "\"minCreditsPerTerm\" : 1"));
            lightTermRules = RuleBook.compile(files, "light-term");
        }
        return lightTermRules;
    }
}
