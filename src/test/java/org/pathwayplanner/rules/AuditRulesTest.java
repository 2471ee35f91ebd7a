package org.pathwayplanner.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwayplanner.rules.RuleFixtures.aFramework;
import static org.pathwayplanner.rules.RuleFixtures.aStudent;

import org.junit.jupiter.api.Test;
import org.pathwayplanner.rules.Conclusions.AuditLine;
import org.pathwayplanner.rules.Conclusions.AuditStatus;

/** rules/audit.drl — with policy.drl's pace: grade 11 starts at 50% of the credits; on track within 10 points, at risk within 25. */
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
        assertThat(stem.reason()).isEqualTo("Stem: 2 of 4 credits, 2 to go; competencies still to master in its bundles: 2");
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
        assertThat(e.status().reason()).isEqualTo(
                "50% of required credits earned; about 50% is expected at this point of grade 11: on track");
    }

    @Test
    void somewhatBehindIsAtRisk() {
        Evaluation e = aStudent().inGrade(11).yearElapsed(0).mastered(2).requiring("STEM", "4").evaluatedAgainst(courses);

        assertThat(e.status().status()).isEqualTo(AuditStatus.AT_RISK);   // 1.5 / 4 = 38% < 50% - 10
    }

    @Test
    void farBehindIsOffTrack() {
        Evaluation e = aStudent().inGrade(11).yearElapsed(0).mastered(3).requiring("STEM", "4").evaluatedAgainst(courses);

        assertThat(e.status().status()).isEqualTo(AuditStatus.OFF_TRACK);  // 0.5 / 4 = 13% < 50% - 25
    }

    @Test
    void thePaceRisesAsTheSchoolYearGoesOn() {
        Evaluation september = aStudent().inGrade(11).yearElapsed(0).mastered(1).requiring("STEM", "4").evaluatedAgainst(courses);
        Evaluation june = aStudent().inGrade(11).yearElapsed(1).mastered(1).requiring("STEM", "4").evaluatedAgainst(courses);

        assertThat(september.status().status()).isEqualTo(AuditStatus.ON_TRACK);
        assertThat(june.status().status()).isEqualTo(AuditStatus.AT_RISK);  // 50% earned, 75% expected
    }
}
