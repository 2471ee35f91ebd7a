package org.pathwayplanner.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pathwayplanner.pathways.PathwayFixtures.counselor;
import static org.pathwayplanner.pathways.PathwayFixtures.guardian;
import static org.pathwayplanner.pathways.PathwayFixtures.internship;
import static org.pathwayplanner.pathways.PathwayFixtures.onlineCourse;
import static org.pathwayplanner.pathways.PathwayFixtures.teacher;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.pathways.PathwayFixtures.Proposer;
import org.pathwayplanner.pathways.PathwayViews.EventView;
import org.pathwayplanner.pathways.PathwayViews.ProposalView;
import org.pathwayplanner.pathways.PathwayViews.TaskView;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Reviews of a proposal: who may decide, revisions and their versions, consent on paper, routing, due dates. */
@PlannerTest
class PathwayReviewTests {

    @Autowired
    PathwayService pathways;
    @Autowired
    PathwayTasks tasks;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    PathwayTimers timers;
    @Autowired
    PeopleDirectory people;
    @Autowired
    org.pathwayplanner.framework.FrameworkCatalog framework;
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

    @AfterEach
    void engineClockBackToNow() {
        ClockUtil.reset();
    }

    @Test
    void theCounselorRequestsChangesThenApprovesTheRevision() {
        Proposer p = fixtures.aHighSchoolStudent();
        ProposalView proposal = journey.submitted(p, onlineCourse(p.target()));
        journey.decide(teacher(p.teacher()), proposal.id(), "TeacherReview", "APPROVE", null);

        journey.decide(counselor(p.counselor()), proposal.id(), "CounselorApproval", "CHANGES",
                "Start after the exams");
        assertThat(journey.now(proposal.id()).status()).isEqualTo("CHANGES_REQUESTED");
        assertThat(journey.task(proposal.id(), "ReviseProposal").getAssignee()).isEqualTo(p.student().username());

        ProposalRequest later = PathwayFixtures.onlineCourse(p.target(), "0.5", LocalDate.now().plusDays(30));
        pathways.revise(p.viewer(), proposal.id(), later);
        journey.decide(teacher(p.teacher()), proposal.id(), "TeacherReview", "APPROVE", "Still fine");
        journey.decide(counselor(p.counselor()), proposal.id(), "CounselorApproval", "APPROVE", "Good timing now");

        ProposalView approved = journey.now(proposal.id());
        assertThat(approved.status()).isEqualTo("ACTIVE");
        assertThat(approved.timeline()).extracting(EventView::action).containsSubsequence("TEACHER_APPROVED",
                "CHANGES_REQUESTED", "RESUBMITTED", "TEACHER_APPROVED", "APPROVED", "ACTIVATED");
        assertThat(approved.timeline()).filteredOn(e -> e.action().equals("CHANGES_REQUESTED")).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo(p.counselor()));
    }

    @Test
    void everySubmittedVersionIsKeptWithWhatChanged() {
        Proposer p = fixtures.aHighSchoolStudent();
        ProposalView proposal = journey.submitted(p, onlineCourse(p.target()));
        journey.decide(teacher(p.teacher()), proposal.id(), "TeacherReview", "CHANGES", "Say how you will show it");

        ProposalRequest first = onlineCourse(p.target());
        ProposalRequest revised = new ProposalRequest(first.type(), "Online statistics course with a project",
                first.description(), first.provider(), "Ms. Rivera", first.mentorContact(), first.startDate(),
                first.endDate(), first.plannedHours(), first.offCampus(), "A project graded by the teacher",
                first.requestedCredits(), first.creditAreaCode(), first.competencyIds());
        ProposalView resubmitted = pathways.revise(p.viewer(), proposal.id(), revised);

        assertThat(resubmitted.versions()).hasSize(2);
        assertThat(resubmitted.versions().get(0)).satisfies(v -> {
            assertThat(v.number()).isEqualTo(1);
            assertThat(v.title()).isEqualTo("Online statistics course");
            assertThat(v.evidencePlan()).isEqualTo("Course projects");
            assertThat(v.submittedBy()).isEqualTo(p.student().username());
            assertThat(v.competencies()).containsExactly(p.target().title());
            assertThat(v.changed()).isEmpty();
        });
        assertThat(resubmitted.versions().get(1)).satisfies(v -> {
            assertThat(v.number()).isEqualTo(2);
            assertThat(v.title()).isEqualTo("Online statistics course with a project");
            assertThat(v.changed()).containsExactly("title", "mentorName", "evidencePlan");
        });
        assertThat(resubmitted.earlierVersions()).extracting(PathwayViews.VersionView::number).containsExactly(1);
        assertThat(resubmitted.title()).isEqualTo("Online statistics course with a project");
    }

    @Test
    void aGuardianOfAnotherStudentCannotConsent() {
        Proposer p = fixtures.aMinorInGrade11();
        String otherGuardian = jdbc.queryForObject("""
                select a.username from guardian g join user_account a on a.id = g.account_id
                 where g.id not in (select guardian_id from student_guardian where student_id = ?)
                 order by a.username limit 1""", String.class, p.student().id());
        ProposalView proposal = journey.submitted(p, internship(p.target()));
        journey.decide(teacher(p.teacher()), proposal.id(), "TeacherReview", "APPROVE", null);
        journey.decide(counselor(p.counselor()), proposal.id(), "CounselorApproval", "APPROVE", null);

        assertThatThrownBy(() -> journey.decide(guardian(otherGuardian), proposal.id(), "GuardianConsent",
                "CONSENT", null)).isInstanceOf(AccessDeniedException.class);
        assertThat(journey.task(proposal.id(), "GuardianConsent")).isNotNull();
    }

    @Test
    void aCounselorWhoIsNotTheStudentsCannotDecide() {
        Proposer p = fixtures.aHighSchoolStudent();
        String otherCounselor = jdbc.queryForObject("""
                select a.username from staff_member m join user_account a on a.id = m.account_id
                 where m.kind = 'COUNSELOR' and a.username <> ? order by a.username limit 1""", String.class,
                p.counselor());
        ProposalView proposal = journey.submitted(p, onlineCourse(p.target()));
        journey.decide(teacher(p.teacher()), proposal.id(), "TeacherReview", "APPROVE", null);

        assertThatThrownBy(() -> journey.decide(counselor(otherCounselor), proposal.id(), "CounselorApproval",
                "APPROVE", null)).isInstanceOf(AccessDeniedException.class);
        assertThat(tasks.tasksOf(counselor(otherCounselor))).extracting(TaskView::proposalId)
                .doesNotContain(proposal.id());
    }

    @Test
    void theCounselorRecordsASignedConsentFormAndTheTimelineSaysSo() {
        Proposer p = fixtures.aMinorInGrade11();
        ProposalView proposal = journey.submitted(p, internship(p.target()));
        journey.decide(teacher(p.teacher()), proposal.id(), "TeacherReview", "APPROVE", null);
        journey.decide(counselor(p.counselor()), proposal.id(), "CounselorApproval", "APPROVE", null);

        assertThat(tasks.tasksOf(counselor(p.counselor()))).filteredOn(t -> t.proposalId() == proposal.id())
                .singleElement().satisfies(t -> assertThat(t.decisions()).containsExactly("CONSENT_FORM", "DECLINE"));
        assertThat(tasks.tasksOf(guardian(p.guardian()))).filteredOn(t -> t.proposalId() == proposal.id())
                .singleElement().satisfies(t -> assertThat(t.decisions()).containsExactly("CONSENT", "DECLINE"));
        assertThatThrownBy(() -> journey.decide(counselor(p.counselor()), proposal.id(), "GuardianConsent",
                "CONSENT", null)).hasMessageContaining("[CONSENT_FORM, DECLINE]");
        assertThatThrownBy(() -> journey.decide(guardian(p.guardian()), proposal.id(), "GuardianConsent",
                "CONSENT_FORM", null)).hasMessageContaining("[CONSENT, DECLINE]");

        journey.decide(counselor(p.counselor()), proposal.id(), "GuardianConsent", "CONSENT_FORM", "Form dated today");

        ProposalView active = journey.now(proposal.id());
        assertThat(active.status()).isEqualTo("ACTIVE");
        assertThat(active.timeline()).extracting(EventView::action).contains("CONSENT_FORM_RECORDED")
                .doesNotContain("GUARDIAN_CONSENTED");
        assertThat(active.timeline()).filteredOn(e -> e.action().equals("CONSENT_FORM_RECORDED")).singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo(p.counselor());
                    assertThat(e.comment()).isEqualTo("Signed consent form from the guardian recorded by "
                            + p.counselor() + ": Form dated today");
                });
    }

    @Test
    void theGuardianConsentingIsToldApartFromAForm() {
        Proposer p = fixtures.aMinorInGrade11();
        ProposalView proposal = journey.submitted(p, internship(p.target()));
        journey.decide(teacher(p.teacher()), proposal.id(), "TeacherReview", "APPROVE", null);
        journey.decide(counselor(p.counselor()), proposal.id(), "CounselorApproval", "APPROVE", null);

        journey.decide(guardian(p.guardian()), proposal.id(), "GuardianConsent", "CONSENT", null);

        assertThat(journey.now(proposal.id()).timeline()).extracting(EventView::action).contains("GUARDIAN_CONSENTED")
                .doesNotContain("CONSENT_FORM_RECORDED");
    }

    @Test
    void aStudentWithdrawsADraft() {
        Proposer p = fixtures.aHighSchoolStudent();
        ProposalView draft = pathways.draft(p.viewer(), onlineCourse(p.target()));

        ProposalView withdrawn = pathways.withdraw(p.viewer(), draft.id(), "Not this year");

        assertThat(withdrawn.status()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.timeline()).extracting(EventView::action).containsExactly("DRAFTED", "WITHDRAWN");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(draft.id())).count())
                .isZero();
    }

    @Test
    void aCompletedProposalCannotBeWithdrawn() {
        Proposer p = fixtures.aHighSchoolStudent();
        ProposalView completed = journey.completed(p, onlineCourse(p.target()), 4);
        assertThat(completed.status()).isEqualTo("COMPLETED");

        assertThatThrownBy(() -> pathways.withdraw(p.viewer(), completed.id(), "Too late"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The proposal is already completed and can no longer be withdrawn");
        assertThat(journey.now(completed.id()).status()).isEqualTo("COMPLETED");
    }

    private String areaName(Proposer p) {
        return framework.allAreas().stream().filter(a -> a.code().equals(p.target().areaCode())).findFirst()
                .orElseThrow().name();
    }

    @Test
    void withNoTeacherOfTheStudentInTheAreaTheReviewGoesToTheAreasTeachersAtTheSchool() {
        Proposer p = fixtures.withoutTeachersInTheTargetArea(fixtures.aHighSchoolStudent());
        assertThat(people.teachersOfStudentIn(p.student().id(), List.of(p.target().areaCode()))).isEmpty();
        List<String> areaTeachers = people.teachersOfAreasAtSchoolOf(p.student().id(), List.of(p.target().areaCode()));
        assertThat(areaTeachers).contains(p.teacher());

        ProposalView proposal = journey.submitted(p, onlineCourse(p.target()));

        assertThat(taskService.getIdentityLinksForTask(journey.taskId(proposal.id(), "TeacherReview")))
                .extracting(IdentityLink::getUserId).containsExactlyInAnyOrderElementsOf(areaTeachers);
        assertThat(journey.now(proposal.id()).timeline()).filteredOn(e -> e.action().equals("ROUTED")).singleElement()
                .satisfies(e -> assertThat(e.comment()).as("the area's name, not its code").startsWith(
                        "No teacher of the student teaches " + areaName(p) + "; the review goes to the teachers of "
                        + areaName(p) + " at the student's school"));
        journey.decide(teacher(p.teacher()), proposal.id(), "TeacherReview", "APPROVE", null);
        assertThat(journey.task(proposal.id(), "CounselorApproval")).isNotNull();
    }

    @Test
    void aStudentsOwnTeacherReviewsWithoutAnyRoutingNote() {
        Proposer p = fixtures.aHighSchoolStudent();

        ProposalView proposal = journey.submitted(p, onlineCourse(p.target()));

        assertThat(taskService.getIdentityLinksForTask(journey.taskId(proposal.id(), "TeacherReview")))
                .extracting(IdentityLink::getUserId).contains(p.teacher());
        assertThat(journey.now(proposal.id()).timeline()).extracting(EventView::action).doesNotContain("ROUTED");
    }

    /** A Friday from next week on whose following week has no closure (the demo calendar closes for winter break). */
    private LocalDate aFridayBeforeAFullSchoolWeek() {
        LocalDate friday = LocalDate.now().plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        while (!friday.plusDays(3).datesUntil(friday.plusDays(8)).allMatch(timers::isSchoolDay)) {
            friday = friday.plusWeeks(1);
        }
        return friday;
    }

    @Test
    void reviewsAreDueFiveSchoolDaysLaterAndTheTimerFiresThen() {
        ZoneId zone = ZoneId.systemDefault();
        LocalDate friday = aFridayBeforeAFullSchoolWeek();
        ClockUtil.setCurrentTime(Date.from(friday.atTime(LocalTime.of(10, 0)).atZone(zone).toInstant()));
        Date nextFriday = Date.from(friday.plusDays(7).atTime(LocalTime.of(10, 0)).atZone(zone).toInstant());
        Proposer p = fixtures.aHighSchoolStudent();

        ProposalView proposal = journey.submitted(p, onlineCourse(p.target()));

        assertThat(timers.reviewSchoolDays()).isEqualTo(5);
        assertThat(journey.task(proposal.id(), "TeacherReview").getDueDate()).isEqualTo(nextFriday);
        assertThat(management.createJobQuery().processInstanceId(journey.task(proposal.id(), "TeacherReview")
                .getProcessInstanceId()).timers().activityId("TeacherReviewOverdue").singleResult().getDuedate())
                .isEqualTo(nextFriday);
    }

    @Test
    void aProposalSentBackExpiresAfterTheConfiguredPeriod() {
        ZoneId zone = ZoneId.systemDefault();
        var start = LocalDate.now().plusDays(3).atTime(LocalTime.of(9, 30)).atZone(zone);
        ClockUtil.setCurrentTime(Date.from(start.toInstant()));
        Proposer p = fixtures.aHighSchoolStudent();
        ProposalView proposal = journey.submitted(p, onlineCourse(p.target()));

        journey.decide(teacher(p.teacher()), proposal.id(), "TeacherReview", "CHANGES", "More detail");

        assertThat(timers.getResubmitWithin()).isEqualTo("P30D");
        assertThat(management.createJobQuery().processInstanceId(journey.task(proposal.id(), "ReviseProposal")
                .getProcessInstanceId()).timers().activityId("ResubmissionDeadline").singleResult().getDuedate())
                .isEqualTo(Date.from(start.plusDays(30).toInstant()));
    }

    @Test
    void anOverdueReviewIsMarkedOverdueInTheReviewersInbox() {
        Proposer p = fixtures.aHighSchoolStudent();
        ZoneId zone = ZoneId.systemDefault();
        ClockUtil.setCurrentTime(Date.from(LocalDate.now().minusDays(20).atTime(LocalTime.NOON).atZone(zone)
                .toInstant()));
        ProposalView late = journey.submitted(p, onlineCourse(p.target()));
        ClockUtil.reset();
        Proposer q = fixtures.aHighSchoolStudent();
        ProposalView fresh = journey.submitted(q, onlineCourse(q.target()));

        assertThat(tasks.tasksOf(teacher(p.teacher()))).filteredOn(t -> t.proposalId() == late.id()).singleElement()
                .satisfies(t -> {
                    assertThat(t.due()).isBefore(java.time.Instant.now());
                    assertThat(t.overdue()).isTrue();
                });
        assertThat(tasks.tasksOf(teacher(q.teacher()))).filteredOn(t -> t.proposalId() == fresh.id()).singleElement()
                .satisfies(t -> assertThat(t.overdue()).isFalse());
    }
}
