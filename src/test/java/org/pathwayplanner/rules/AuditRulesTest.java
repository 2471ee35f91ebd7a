package org.pathwayplanner.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwayplanner.rules.RuleSentences.assertSays;
import static org.pathwayplanner.rules.RuleSentences.english;
import static org.pathwayplanner.rules.RuleSentences.spanish;
import static org.pathwayplanner.rules.RuleFixtures.aFramework;
import static org.pathwayplanner.rules.RuleFixtures.aStudent;

import org.junit.jupiter.api.Test;
import org.pathwayplanner.rules.Conclusions.AuditLine;
import org.pathwayplanner.rules.Conclusions.AuditStatus;

/** rules/audit.drl — with the policy document's pace: grade 11 starts at 50% of the credits; on track within 10 points, at risk within 25. */
class AuditRulesTest {

    final FrameworkFacts courses = aFramework()
            .competency(1, "Algebra", "MATH", 9).competency(2, "Geometry", "MATH", 10)
            .competency(3, "Statistics", "MATH", 11).competency(4, "Essay", "ELA", 9)
            .bundle(100, "Algebra I", "STEM", "2", 1L)
            .bundle(101, "Geometry", "STEM", "1.5", 2L)
            .bundle(102, "Statistics", "STEM", "0.5", 3L)
            .bundle(103, "English", "HUMANITIES", "1", 4L)
            .build();

    @Test
    void eachAreaShowsRequiredEarnedOutstandingAndTheCompetenciesStillToMaster() {
        Evaluation e = aStudent().mastered(1).requiring("STEM", "4").requiring("ELECTIVES", "1")
                .evaluatedAgainst(courses);

        AuditLine stem = e.auditLine("STEM").orElseThrow();
        assertThat(stem.required()).isEqualByComparingTo("4");
        assertThat(stem.earned()).isEqualByComparingTo("2");
        assertThat(stem.outstanding()).isEqualByComparingTo("2");
        assertThat(stem.competenciesToMaster()).containsExactly(2L, 3L);
        assertSays(stem.reason(), "rule.audit.areaToGo", Sentence.area("STEM"), 2, 4, 2, 2, 0);
        assertThat(english(stem.reason())).isEqualTo(
                "Stem: 2 of 4 credits, 2 to go; competencies still to master in its bundles: 2");
    }

    final FrameworkFacts humanities = aFramework()
            .competency(1, "Essay", "ELA", 9).competency(2, "Constitution", "SS", 10)
            .competency(3, "Drawing", "ART", 9).competency(4, "Budgets", "SS", 11)
            .bundle(100, "English", "HUMANITIES", "6", 1L)
            .bundle(101, "Civics", "CIVICS", "0.5", 2L)
            .bundle(102, "Studio Art", "ARTS", "1", 3L)
            .bundle(103, "Personal finance", "PERSONAL_FINANCE", "0.5", 4L)
            .areaWithin("CIVICS", "HUMANITIES").areaWithin("ARTS", "HUMANITIES")
            .areaWithin("PERSONAL_FINANCE", "HUMANITIES")
            .build();

    @Test
    void anIncludedRequirementNotYetMetSaysSoAmongTheCreditsOfTheAreaItIsPartOf() {
        Evaluation e = aStudent().inGrade(12).mastered(1).requiring("HUMANITIES", "9").requiring("CIVICS", "0.5")
                .evaluatedAgainst(humanities);

        assertThat(e.auditLine("CIVICS")).hasValueSatisfying(civics -> {
            assertThat(civics.includedIn()).isEqualTo("HUMANITIES");
            assertThat(civics.earned()).isEqualByComparingTo("0");
            assertThat(civics.competenciesToMaster()).containsExactly(2L);
            assertThat(civics.rule()).isEqualTo("An area included in another shows its own credits within the other's");
            assertSays(civics.reason(), "rule.audit.withinNone", Sentence.area("CIVICS"), Sentence.area("HUMANITIES"),
                    6, 0);
            assertThat(english(civics.reason())).isEqualTo(
                    "Civics (within Humanities): not yet, no Civics credit among your 6 Humanities credits");
        });
        assertThat(e.totalRequired()).isEqualByComparingTo("9");
        assertThat(e.auditLine("HUMANITIES").orElseThrow().competenciesToMaster()).containsExactly(2L, 3L, 4L);
    }

    @Test
    void creditsInAnIncludedAreaCountTowardItAndTowardTheAreaItIsPartOfOnce() {
        Evaluation e = aStudent().inGrade(12).mastered(1, 2, 3).requiring("HUMANITIES", "9")
                .requiring("CIVICS", "0.5").requiring("ARTS", "1").requiring("ELECTIVES", "3")
                .evaluatedAgainst(humanities);

        assertThat(e.earnedIn("HUMANITIES")).isEqualByComparingTo("7.5");
        assertSays(e.auditLine("CIVICS").orElseThrow().reason(), "rule.audit.withinComplete", Sentence.area("CIVICS"),
                Sentence.area("HUMANITIES"), 0.5, 0.5, 0);
        assertThat(e.earnedIn("ARTS")).isEqualByComparingTo("1");
        assertThat(e.totalEarned()).isEqualByComparingTo("7.5");
        assertThat(e.totalRequired()).isEqualByComparingTo("12");
        assertThat(e.overflows()).isEmpty();
    }

    @Test
    void anIncludedAreaTheClassNeedNotEarnStillCountsTowardTheAreaItIsPartOf() {
        // the class of 2026 has no personal-finance requirement; its credit is a humanities credit, not an elective
        Evaluation e = aStudent().inGrade(12).mastered(1, 4).requiring("HUMANITIES", "9").requiring("ELECTIVES", "3")
                .evaluatedAgainst(humanities);

        assertThat(e.earnedIn("HUMANITIES")).isEqualByComparingTo("6.5");
        assertThat(e.earnedIn("ELECTIVES")).isEqualByComparingTo("0");
        assertThat(e.auditLine("PERSONAL_FINANCE")).isEmpty();
    }

    @Test
    void anIncludedRequirementUnmetKeepsTheAuditFromBeingMet() {
        Evaluation e = aStudent().inGrade(12).mastered(1, 3).requiring("HUMANITIES", "7").requiring("CIVICS", "0.5")
                .evaluatedAgainst(humanities);

        assertThat(e.auditLine("HUMANITIES").orElseThrow().outstanding()).isEqualByComparingTo("0");
        assertThat(e.status().status()).isNotEqualTo(AuditStatus.MET);
    }

    @Test
    void aRequirementTheLawLeavesToTheDistrictSaysSo() {
        Evaluation e = aStudent().inGrade(12).mastered(1).requiring("HUMANITIES", "9")
                .requiringAsALocalOption("MASTERY_ASSESSMENT", "1").evaluatedAgainst(humanities);

        assertThat(english(e.auditLine("MASTERY_ASSESSMENT").orElseThrow().reason())).endsWith("(a district option)");
        assertThat(spanish(e.auditLine("MASTERY_ASSESSMENT").orElseThrow().reason())).endsWith("(opción del distrito)");
        assertThat(english(e.auditLine("HUMANITIES").orElseThrow().reason())).doesNotContain("district option");
    }

    @Test
    void everyRequirementEarnedIsMet() {
        Evaluation e = aStudent().inGrade(12).mastered(1, 2, 3, 4).requiring("STEM", "4").requiring("HUMANITIES", "1")
                .evaluatedAgainst(courses);

        assertThat(e.status().status()).isEqualTo(AuditStatus.MET);
        assertThat(e.status().rule()).isEqualTo("A student with every required credit has met the graduation requirements");
    }

    @Test
    void keepingPaceIsOnTrack() {
        Evaluation e = aStudent().inGrade(11).yearElapsed(0).mastered(1).requiring("STEM", "4").evaluatedAgainst(courses);

        assertThat(e.status().status()).isEqualTo(AuditStatus.ON_TRACK);
        assertSays(e.status().reason(), "rule.audit.onTrack", 0.5, 0.5, 11, 0);
        assertThat(english(e.status().reason())).isEqualTo(
                "50% of required credits earned; about 50% is expected at this point of grade 11: on track");
    }

    @Test
    void somewhatBehindIsAtRisk() {
        Evaluation e = aStudent().inGrade(11).yearElapsed(0).mastered(2).requiring("STEM", "4").evaluatedAgainst(courses);

        assertThat(e.status().status()).isEqualTo(AuditStatus.AT_RISK);   // 1.5 / 4 = 38% < 50% - 10
        assertThat(e.status().reason().key()).isEqualTo("rule.audit.atRisk");
        assertThat(spanish(e.status().reason())).contains("en riesgo").doesNotContain("at risk");
    }

    @Test
    void farBehindIsOffTrack() {
        Evaluation e = aStudent().inGrade(11).yearElapsed(0).mastered(3).requiring("STEM", "4").evaluatedAgainst(courses);

        assertThat(e.status().status()).isEqualTo(AuditStatus.OFF_TRACK);  // 0.5 / 4 = 13% < 50% - 25
        assertThat(e.status().reason().key()).isEqualTo("rule.audit.offTrack");
    }

    @Test
    void thePaceRisesAsTheSchoolYearGoesOn() {
        Evaluation september = aStudent().inGrade(11).yearElapsed(0).mastered(1).requiring("STEM", "4").evaluatedAgainst(courses);
        Evaluation june = aStudent().inGrade(11).yearElapsed(1).mastered(1).requiring("STEM", "4").evaluatedAgainst(courses);

        assertThat(september.status().status()).isEqualTo(AuditStatus.ON_TRACK);
        assertThat(june.status().status()).isEqualTo(AuditStatus.AT_RISK);  // 50% earned, 75% expected
    }

    @Test
    void exactlyAtTheOnTrackToleranceIsStillOnTrackAndJustBeyondItIsAtRisk() {
        // grade 11 in September: 50% expected; on track down to 40%, at risk down to 25%
        FrameworkFacts exact = aFramework().competency(1, "A", "MATH", 9).competency(2, "B", "MATH", 9)
                .bundle(100, "Forty percent", "STEM", "4", 1L).bundle(101, "A little less", "STEM", "3.99", 2L).build();

        Evaluation atTheEdge = aStudent().inGrade(11).yearElapsed(0).mastered(1).requiring("STEM", "10")
                .evaluatedAgainst(exact);
        Evaluation justBeyond = aStudent().inGrade(11).yearElapsed(0).mastered(2).requiring("STEM", "10")
                .evaluatedAgainst(exact);

        assertThat(atTheEdge.status().status()).isEqualTo(AuditStatus.ON_TRACK);
        assertThat(justBeyond.status().status()).isEqualTo(AuditStatus.AT_RISK);
    }

    @Test
    void exactlyAtTheAtRiskToleranceIsStillAtRiskAndJustBeyondItIsOffTrack() {
        FrameworkFacts exact = aFramework().competency(1, "A", "MATH", 9).competency(2, "B", "MATH", 9)
                .bundle(100, "Quarter", "STEM", "2.5", 1L).bundle(101, "A little less", "STEM", "2.49", 2L).build();

        Evaluation atTheEdge = aStudent().inGrade(11).yearElapsed(0).mastered(1).requiring("STEM", "10")
                .evaluatedAgainst(exact);
        Evaluation justBeyond = aStudent().inGrade(11).yearElapsed(0).mastered(2).requiring("STEM", "10")
                .evaluatedAgainst(exact);

        assertThat(atTheEdge.status().status()).isEqualTo(AuditStatus.AT_RISK);
        assertThat(atTheEdge.status().rule()).isEqualTo("A student somewhat behind the pace for their grade is at risk");
        assertThat(justBeyond.status().status()).isEqualTo(AuditStatus.OFF_TRACK);
        assertThat(justBeyond.status().rule()).isEqualTo("A student far behind the pace for their grade is off track");
    }

    @Test
    void auditLinesAndTheStatusNameTheAwardsTheyCounted() {
        Evaluation e = aStudent().inGrade(11).yearElapsed(0).mastered(1, 4).completedPathway(7, "Robotics", "STEM", "1")
                .requiring("STEM", "4").requiring("HUMANITIES", "1").requiring("ELECTIVES", "1").evaluatedAgainst(courses);

        assertThat(e.auditLine("STEM").orElseThrow().awardIds()).containsExactly("bundle:100", "pathway:7");
        assertThat(e.auditLine("HUMANITIES").orElseThrow().awardIds()).containsExactly("bundle:103");
        assertThat(e.auditLine("ELECTIVES").orElseThrow().awardIds()).isEmpty();
        assertThat(e.status().awardIds()).containsExactly("bundle:100", "bundle:103", "pathway:7");
    }

    @Test
    void surplusInElectivesNamesTheAwardsOfTheAreaItCameFrom() {
        Evaluation e = aStudent().mastered(1, 2).requiring("STEM", "3").requiring("ELECTIVES", "1")
                .evaluatedAgainst(courses);

        assertThat(e.overflows()).singleElement()
                .satisfies(o -> assertThat(o.awardIds()).containsExactly("bundle:100", "bundle:101"));
        assertThat(e.auditLine("ELECTIVES").orElseThrow().awardIds()).containsExactly("bundle:100", "bundle:101");
        assertThat(e.earnedIn("ELECTIVES")).isEqualByComparingTo("0.5");
    }

    @Test
    void graduationCompetenciesInNoBundleAreStillListedAsToMaster() {
        FrameworkFacts withCrossCurricular = aFramework()
                .competency(1, "Algebra", "MATH", 9).competency(2, "Effective communicator", null, 12)
                .competency(3, "Global citizen", null, 12)
                .bundle(100, "Algebra I", "STEM", "1", 1L).build();

        Evaluation e = aStudent().inGrade(12).mastered(1, 3).requiring("STEM", "1").evaluatedAgainst(withCrossCurricular);

        assertThat(e.status().status()).isEqualTo(AuditStatus.MET);
        assertThat(e.status().competenciesToMaster()).containsExactly(2L);
        assertSays(e.status().reason(), "rule.audit.met", 1);
        assertThat(english(e.status().reason())).isEqualTo(
                "Every credit area's requirement is met; 1 graduation competency in no credit bundle is still to master");
    }

    @Test
    void theStillToMasterListHoldsEveryCompetencyNotYetMasteredWhetherInABundleOrNot() {
        Evaluation e = aStudent().inGrade(11).yearElapsed(0).mastered(1).requiring("STEM", "4").evaluatedAgainst(courses);

        assertThat(e.status().competenciesToMaster()).containsExactly(2L, 3L, 4L);
        assertSays(e.status().reason(), "rule.audit.onTrack", 0.5, 0.5, 11, 0);
    }

    @Test
    void theElectiveAreaIsPolicyDataNotACodeInTheRules() throws Exception {
        java.util.Map<String, String> sources = new java.util.LinkedHashMap<>(RuleBook.read(java.nio.file.Path.of("rules")));
        sources.replaceAll((file, text) -> file.equals("policy.json")
                ? text.replace("\"electiveArea\" : \"ELECTIVES\"", "\"electiveArea\" : \"FREE_CHOICE\"")
                : text);
        RuleSet renamed = RuleBook.compile(sources, "free-choice");

        Evaluation e = StudentEvaluator.evaluate(renamed, courses, aStudent().mastered(1, 2).requiring("STEM", "3")
                .requiring("FREE_CHOICE", "1").build());

        assertThat(e.overflows()).singleElement().satisfies(o -> assertThat(o.fromArea()).isEqualTo("STEM"));
        assertThat(e.earnedIn("FREE_CHOICE")).isEqualByComparingTo("0.5");
        assertThat(e.auditLine("FREE_CHOICE").orElseThrow().rule())
                .isEqualTo("Electives count elective credits and every surplus from other areas");
        renamed.release();
    }
}
