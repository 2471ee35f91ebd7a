package org.pathwayplanner.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pathwayplanner.pathways.PathwayFixtures.counselor;
import static org.pathwayplanner.pathways.PathwayFixtures.teacher;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.pathways.MentorInvitations.NewMentor;
import org.pathwayplanner.pathways.PathwayFixtures.Proposer;
import org.pathwayplanner.pathways.PathwayViews.ProposalView;
import org.pathwayplanner.pathways.TimesheetWeeks.WeekView;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.progress.StudentProgress;
import org.pathwayplanner.security.MentorSessions.Mentor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Timesheets confirmed by the mentor: the mentor confirms or disputes each week (a dispute says why); confirmed lines
 * are locked; a disputed week goes back to the student, who corrects it, and it waits for the mentor again. With a
 * mentor only confirmed hours count toward completion; without one the logged hours count, as before.
 */
@PlannerTest
class TimesheetConfirmationTests {

    static final NewMentor MENTOR = new NewMentor("Dr. Lena Ortiz", "Hartford Hospital", "lortiz@hospital.example.org");
    /** Two days of the fixtures' pathways in two different weeks, both past. */
    static final LocalDate FIRST_DAY = PathwayFixtures.UNDER_WAY_SINCE;
    static final LocalDate A_WEEK_LATER = FIRST_DAY.plusDays(7);

    @Autowired
    PathwayService pathways;
    @Autowired
    PathwayTasks tasks;
    @Autowired
    TaskService taskService;
    @Autowired
    MentorInvitations invitations;
    @Autowired
    TimesheetWeeks weeks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PeopleDirectory people;
    @Autowired
    StudentProgress progress;

    PathwayFixtures fixtures;
    PathwayJourney journey;

    @BeforeEach
    void fixtures() {
        fixtures = new PathwayFixtures(jdbc, people, progress, pathways);
        journey = new PathwayJourney(pathways, tasks, taskService);
    }

    @Test
    void hoursAreLoggedInQuarterHoursBesideTheField() {
        Proposer p = fixtures.aMinorInGrade11();
        ProposalView pathway = journey.active(p, PathwayFixtures.internship(p.target()));

        assertThatThrownBy(() -> pathways.logHours(p.viewer(), pathway.id(), FIRST_DAY, new BigDecimal("1.1"), "Lab"))
                .isInstanceOfSatisfying(ProposalFieldException.class, e -> assertThat(e.field()).isEqualTo("hours"));
        assertThat(pathways.logHours(p.viewer(), pathway.id(), FIRST_DAY, new BigDecimal("1.75"), "Lab").loggedHours())
                .isEqualByComparingTo("1.75");
    }

    @Test
    void theMentorConfirmsAWeekUnderTheirNameAndItsLinesAreLocked() {
        Proposer p = fixtures.aMinorInGrade11();
        ProposalView pathway = withMentor(p);
        pathways.logHours(p.viewer(), pathway.id(), FIRST_DAY, new BigDecimal("3"), "Sample intake");
        Mentor mentor = mentorOf(pathway);

        weeks.confirm(mentor, FIRST_DAY);

        WeekView week = weekOf(pathway, FIRST_DAY);
        assertThat(week.state()).isEqualTo("CONFIRMED");
        assertThat(week.decidedBy()).isEqualTo(MENTOR.name());
        assertThat(journey.lastEvent(pathway.id())).satisfies(e -> {
            assertThat(e.action()).isEqualTo("HOURS_CONFIRMED");
            assertThat(e.actor()).isEqualTo("mentor:" + MENTOR.email());
        });
        long line = week.lines().get(0).id();
        assertThatThrownBy(() -> pathways.correctHours(p.viewer(), pathway.id(), line, FIRST_DAY, BigDecimal.TEN, "More"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("locked");
        assertThatThrownBy(() -> pathways.removeHours(p.viewer(), pathway.id(), line))
                .isInstanceOf(IllegalStateException.class);
        assertThat(weeks.of(journey.now(pathway.id())).confirmedHours()).isEqualByComparingTo("3");
        assertThat(accessesOf("mentor:" + MENTOR.email(), p.student().id())).as("the records of access").isPositive();
    }

    @Test
    void aDisputeNeedsAComment() {
        Proposer p = fixtures.aMinorInGrade11();
        ProposalView pathway = withMentor(p);
        pathways.logHours(p.viewer(), pathway.id(), FIRST_DAY, new BigDecimal("3"), "Sample intake");

        assertThatThrownBy(() -> weeks.dispute(mentorOf(pathway), FIRST_DAY, "  "))
                .isInstanceOfSatisfying(ProposalFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("comment");
                    assertThat(e.messageKey()).isEqualTo("pathways.error.disputeComment");
                });
        assertThat(weekOf(pathway, FIRST_DAY).state()).isEqualTo("PENDING");
    }

    @Test
    void aDisputedWeekGoesBackToTheStudentWithTheCommentAndIsPendingAgainOnceCorrected() {
        Proposer p = fixtures.aMinorInGrade11();
        ProposalView pathway = withMentor(p);
        pathways.logHours(p.viewer(), pathway.id(), FIRST_DAY, new BigDecimal("9"), "Sample intake");
        Mentor mentor = mentorOf(pathway);

        weeks.dispute(mentor, FIRST_DAY, "You left at noon that day: 4 hours");

        WeekView disputed = weekOf(pathway, FIRST_DAY);
        assertThat(disputed.state()).isEqualTo("DISPUTED");
        assertThat(disputed.comment()).isEqualTo("You left at noon that day: 4 hours");
        assertThat(weeks.of(journey.now(pathway.id())).disputed()).extracting(WeekView::weekStart)
                .containsExactly(disputed.weekStart());
        assertThat(journey.lastEvent(pathway.id()).action()).isEqualTo("HOURS_DISPUTED");
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient = ? and kind = 'HOURS_DISPUTED'"
                + " and link = ?", Long.class, p.student().username(), "/student/pathways/" + pathway.id()))
                .as("the student is notified").isEqualTo(1);

        pathways.correctHours(p.viewer(), pathway.id(), disputed.lines().get(0).id(), FIRST_DAY, new BigDecimal("4"),
                "Sample intake (morning)");

        WeekView corrected = weekOf(pathway, FIRST_DAY);
        assertThat(corrected.state()).isEqualTo("PENDING");
        assertThat(corrected.hours()).isEqualByComparingTo("4");
        assertThat(journey.now(pathway.id()).loggedHours()).isEqualByComparingTo("4");
        weeks.confirm(mentor, FIRST_DAY);
        assertThat(weekOf(pathway, FIRST_DAY).state()).isEqualTo("CONFIRMED");
    }

    @Test
    void withAMentorOnlyConfirmedHoursCountTowardCompletion() {
        Proposer p = fixtures.aMinorInGrade11();
        ProposalView pathway = withMentor(p);
        pathways.logHours(p.viewer(), pathway.id(), FIRST_DAY, new BigDecimal("20"), "Sample intake");
        pathways.logHours(p.viewer(), pathway.id(), A_WEEK_LATER, new BigDecimal("20"), "Analysis");
        Mentor mentor = mentorOf(pathway);
        weeks.confirm(mentor, FIRST_DAY);

        assertThat(journey.now(pathway.id()).loggedHours()).isEqualByComparingTo("40");
        assertThatThrownBy(() -> pathways.markComplete(p.viewer(), pathway.id(), ""))
                .isInstanceOfSatisfying(ProposalFieldException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("pathways.error.shortfallReasonConfirmed");
                    assertThat(e.getMessage()).startsWith("Your mentor confirmed 20 of the 40 planned hours");
                });
    }

    @Test
    void completionWithAMentorWaitsForTheConfirmedHoursThroughTheWorkflow() {
        Proposer p = fixtures.aMinorInGrade11();
        ProposalView pathway = withMentor(p);
        journey.logsPlannedHours(p, pathway.id());
        assertThatThrownBy(() -> pathways.markComplete(p.viewer(), pathway.id(), ""))
                .isInstanceOf(ProposalFieldException.class);
        assertThat(journey.task(pathway.id(), "AssessPathway")).as("the workflow still waits for the student").isNull();

        new MentorConfirmation(application).confirmsEveryWeek(pathway.id());
        pathways.markComplete(p.viewer(), pathway.id(), "");
        tasks.decide(teacher(p.teacher()), journey.taskId(pathway.id(), "AssessPathway"),
                new TaskDecision("ASSESS", "Well done", Map.of(p.target().id(), 3)));

        ProposalView completed = journey.now(pathway.id());
        assertThat(completed.status()).isEqualTo("COMPLETED");
        assertThat(completed.shortfallReason()).as("no shortfall to accept").isNull();
    }

    @Test
    void withoutAMentorLoggedHoursCountAsBefore() {
        Proposer p = fixtures.aMinorInGrade11();
        ProposalView pathway = journey.active(p, PathwayFixtures.internship(p.target()));

        ProposalView done = journey.carriedOut(p, pathway.id());

        assertThat(done.shortfallReason()).isNull();
        assertThat(weeks.of(done).confirmedByMentor()).isFalse();
        assertThat(journey.task(pathway.id(), "AssessPathway")).isNotNull();
    }

    @Test
    void aRevokedMentorConfirmsNothingAndTheLoggedHoursCountAgain() {
        Proposer p = fixtures.aMinorInGrade11();
        ProposalView pathway = withMentor(p);
        pathways.logHours(p.viewer(), pathway.id(), FIRST_DAY, new BigDecimal("3"), "Sample intake");
        Mentor mentor = mentorOf(pathway);

        invitations.revoke(counselor(p.counselor()), p.student().id(), pathway.id());

        assertThatThrownBy(() -> weeks.confirm(mentor, FIRST_DAY)).isInstanceOf(AccessDeniedException.class);
        assertThat(weekOf(pathway, FIRST_DAY).state()).isEqualTo("PENDING");
        assertThat(weeks.of(journey.now(pathway.id())).confirmedByMentor()).isFalse();
    }

    @Test
    void onlyTheStudentCorrectsTheirLines() {
        Proposer p = fixtures.aMinorInGrade11();
        Proposer other = fixtures.aMinorInGrade11();
        ProposalView pathway = withMentor(p);
        pathways.logHours(p.viewer(), pathway.id(), FIRST_DAY, new BigDecimal("3"), "Sample intake");
        long line = weekOf(pathway, FIRST_DAY).lines().get(0).id();

        assertThatThrownBy(() -> pathways.correctHours(other.viewer(), pathway.id(), line, FIRST_DAY, BigDecimal.ONE,
                "Less")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pathways.removeHours(teacher(p.teacher()), pathway.id(), line))
                .isInstanceOf(AccessDeniedException.class);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    @Autowired
    org.springframework.context.ApplicationContext application;

    private ProposalView withMentor(Proposer p) {
        ProposalView pathway = journey.active(p, PathwayFixtures.internship(p.target()));
        invitations.invite(teacher(p.teacher()), p.student().id(), pathway.id(), MENTOR);
        return pathway;
    }

    private Mentor mentorOf(ProposalView pathway) {
        return jdbc.queryForObject("select id, mentor_name, email from mentor_invitation where proposal_id = ?"
                + " and revoked_at is null", (rs, n) -> new Mentor(rs.getLong(1), rs.getString(2), rs.getString(3)),
                pathway.id());
    }

    private WeekView weekOf(ProposalView pathway, LocalDate day) {
        return weeks.of(journey.now(pathway.id())).weeks().stream()
                .filter(w -> w.weekStart().equals(TimesheetLine.weekOf(day))).findFirst().orElseThrow();
    }

    /** Lines of the records of access (written in the background, so waited for a little). */
    private long accessesOf(String username, long studentId) {
        for (int i = 0; i < 50; i++) {
            Long n = jdbc.queryForObject("select count(*) from student_record_access where username = ?"
                    + " and student_id = ? and role = 'MENTOR'", Long.class, username, studentId);
            if (n != null && n > 0) {
                return n;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
        }
        return 0;
    }
}
