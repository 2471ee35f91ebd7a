package org.pathwayplanner.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwayplanner.pathways.PathwayFixtures.counselor;
import static org.pathwayplanner.pathways.PathwayFixtures.teacher;

import java.time.LocalDate;
import java.time.MonthDay;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.pathways.PathwayFixtures.Proposer;
import org.pathwayplanner.pathways.PathwayViews.ProposalView;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the eligibility check counts: the yearly cap over proposals in review too, by the start's school year; age at the start. */
@PlannerTest
class PathwayEligibilityTests {

    static final String CAP_RULE = "Pathway credits in a school year stay within the yearly cap";

    @Autowired
    PathwayService pathways;
    @Autowired
    PathwayTasks tasks;
    @Autowired
    TaskService taskService;
    @Autowired
    PeopleDirectory people;
    @Autowired
    StudentProgress progress;
    @Autowired
    JdbcTemplate jdbc;

    PathwayFixtures fixtures;
    PathwayJourney journey;

    @BeforeEach
    void fixtures() {
        fixtures = new PathwayFixtures(jdbc, people, progress, pathways);
        journey = new PathwayJourney(pathways, tasks, taskService);
    }

    @Test
    void proposalsStillInReviewCountTowardTheYearlyCap() {
        Proposer p = fixtures.aHighSchoolStudentWithNoPathwayCreditsYet();
        LocalDate start = LocalDate.now().plusDays(7);
        for (int i = 0; i < 3; i++) {
            assertThat(journey.submitted(p, PathwayFixtures.onlineCourse(p.target(), "1", start)).status())
                    .isEqualTo("IN_REVIEW");
        }

        ProposalView fourth = journey.submitted(p, PathwayFixtures.onlineCourse(p.target(), "1", start));

        assertThat(fourth.status()).isEqualTo("CHANGES_REQUESTED");
        assertThat(fourth.eligibilityProblems()).filteredOn(r -> r.rule().equals(CAP_RULE)).singleElement()
                .satisfies(r -> assertThat(r.reason()).startsWith(
                        "This would make 4 pathway credits this school year; the cap is 3"));
    }

    @Test
    void withdrawnAndRejectedProposalsDoNotCount() {
        Proposer p = fixtures.aHighSchoolStudentWithNoPathwayCreditsYet();
        LocalDate start = LocalDate.now().plusDays(7);
        journey.submitted(p, PathwayFixtures.onlineCourse(p.target(), "1", start));
        journey.submitted(p, PathwayFixtures.onlineCourse(p.target(), "1", start));
        ProposalView withdrawn = journey.submitted(p, PathwayFixtures.onlineCourse(p.target(), "1", start));
        pathways.withdraw(p.viewer(), withdrawn.id(), "Changed my mind");
        ProposalView rejected = journey.submitted(p, PathwayFixtures.onlineCourse(p.target(), "1", start));
        journey.decide(teacher(p.teacher()), rejected.id(), "TeacherReview", "REJECT", "Not this one");

        ProposalView next = journey.submitted(p, PathwayFixtures.onlineCourse(p.target(), "1", start));

        assertThat(next.status()).isEqualTo("IN_REVIEW");
        assertThat(next.eligibilityProblems()).isEmpty();
    }

    @Test
    void theCapCountsTheSchoolYearOfThePathwaysStartNotToday() {
        Proposer p = fixtures.aHighSchoolStudentWithNoPathwayCreditsYet();
        LocalDate thisYear = LocalDate.now().plusDays(7);
        LocalDate nextSchoolYear = nextSchoolYearStart().plusDays(14);
        for (int i = 0; i < 3; i++) {
            journey.submitted(p, PathwayFixtures.onlineCourse(p.target(), "1", thisYear));
        }

        ProposalView nextYear = journey.submitted(p, PathwayFixtures.onlineCourse(p.target(), "1", nextSchoolYear));
        ProposalView thisYearToo = journey.submitted(p, PathwayFixtures.onlineCourse(p.target(), "1", thisYear));

        assertThat(nextYear.status()).isEqualTo("IN_REVIEW");
        assertThat(thisYearToo.status()).isEqualTo("CHANGES_REQUESTED");
        assertThat(thisYearToo.eligibilityProblems()).extracting(PathwayViews.ReasonView::rule).contains(CAP_RULE);
    }

    @Test
    void ageIsTakenOnTheStartDateAStudentOfAgeByThenNeedsNoGuardianConsent() {
        Proposer p = fixtures.aMinorTurning18Soon();
        LocalDate eighteenth = p.student().dateOfBirth().plusYears(18);

        ProposalView startsAdult = journey.submitted(p, PathwayFixtures.internshipStarting(p.target(),
                eighteenth.plusDays(1)));
        journey.decide(teacher(p.teacher()), startsAdult.id(), "TeacherReview", "APPROVE", null);
        journey.decide(counselor(p.counselor()), startsAdult.id(), "CounselorApproval", "APPROVE", null);

        assertThat(journey.task(startsAdult.id(), "GuardianConsent")).isNull();
        assertThat(journey.now(startsAdult.id()).status()).isEqualTo("ACTIVE");
    }

    @Test
    void aMinorOnTheStartDateStillNeedsGuardianConsent() {
        Proposer p = fixtures.aMinorTurning18Soon();
        LocalDate eighteenth = p.student().dateOfBirth().plusYears(18);
        LocalDate start = eighteenth.minusDays(1).isAfter(LocalDate.now()) ? eighteenth.minusDays(1) : LocalDate.now();

        ProposalView startsMinor = journey.submitted(p, PathwayFixtures.internshipStarting(p.target(), start));
        journey.decide(teacher(p.teacher()), startsMinor.id(), "TeacherReview", "APPROVE", null);
        journey.decide(counselor(p.counselor()), startsMinor.id(), "CounselorApproval", "APPROVE", null);

        assertThat(journey.task(startsMinor.id(), "GuardianConsent")).isNotNull();
    }

    private static LocalDate nextSchoolYearStart() {
        LocalDate today = LocalDate.now();
        LocalDate start = MonthDay.of(8, 1).atYear(today.getYear());
        return today.isBefore(start) ? start : start.plusYears(1);
    }
}
