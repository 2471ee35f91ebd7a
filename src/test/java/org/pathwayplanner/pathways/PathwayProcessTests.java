package org.pathwayplanner.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.pathwayplanner.pathways.PathwayFixtures.counselor;
import static org.pathwayplanner.pathways.PathwayFixtures.guardian;
import static org.pathwayplanner.pathways.PathwayFixtures.internship;
import static org.pathwayplanner.pathways.PathwayFixtures.onlineCourse;
import static org.pathwayplanner.pathways.PathwayFixtures.teacher;

import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.pathways.PathwayFixtures.Proposer;
import org.pathwayplanner.pathways.PathwayViews.EventView;
import org.pathwayplanner.pathways.PathwayViews.ProposalView;
import org.pathwayplanner.pathways.PathwayViews.TaskView;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** processes/pathway-proposal.bpmn through the real engine, the real rules and the demo district: every path. */
@PlannerTest
class PathwayProcessTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService management;
    @Autowired
    PathwayService pathways;
    @Autowired
    PathwayTasks tasks;
    @Autowired
    StudentProgress progress;
    @Autowired
    PeopleDirectory people;
    @Autowired
    JdbcTemplate jdbc;

    PathwayFixtures fixtures;
    final Map<Long, ProcessInstance> instances = new java.util.HashMap<>();

    @BeforeEach
    void engineAndFixtures() {
        init(engine);
        fixtures = new PathwayFixtures(jdbc, people, progress, pathways);
    }

    @Test
    void straightApprovalToCreditVisibleInTheAudit() {
        Proposer p = fixtures.aMinorInGrade11();
        BigDecimal earnedBefore = progress.progressOf(p.student().id()).audit().earned();
        ProposalView proposal = submitted(p, internship(p.target()));

        assertThat(instance(proposal)).isWaitingAt("TeacherReview");
        decide(teacher(p.teacher()), proposal, "TeacherReview", "APPROVE", "Strong plan");
        assertThat(instance(proposal)).isWaitingAt("CounselorApproval");
        decide(counselor(p.counselor()), proposal, "CounselorApproval", "APPROVE", "Fits the graduation plan");
        assertThat(instance(proposal)).isWaitingAt("GuardianConsent");
        decide(guardian(p.guardian()), proposal, "GuardianConsent", "CONSENT", "Signed");
        assertThat(instance(proposal)).isWaitingAt("CarryOutPathway").task().isAssignedTo(p.student().username());
        assertThat(status(proposal)).isEqualTo("ACTIVE");

        pathways.logHours(p.viewer(), proposal.id(), PathwayFixtures.UNDER_WAY_SINCE, new BigDecimal("23.75"),
                "Orientation and safety training");
        pathways.logHours(p.viewer(), proposal.id(), PathwayFixtures.UNDER_WAY_SINCE.plusDays(1),
                new BigDecimal("20.25"), "Lab rotation");
        pathways.markComplete(p.viewer(), proposal.id(), "Presentation given on Friday");
        assertThat(instance(proposal)).isWaitingAt("AssessPathway");
        tasks.decide(teacher(p.teacher()), taskId(proposal, "AssessPathway"),
                new TaskDecision("ASSESS", "Mentor's evaluation: excellent", Map.of(p.target().id(), 4)));

        assertThat(instance(proposal)).isEnded().hasPassedInOrder("CheckEligibility", "TeacherReview",
                "CounselorApproval", "GuardianConsent", "ActivatePathway", "CarryOutPathway", "AssessPathway",
                "AwardCredit", "PathwayCompleted");
        ProposalView done = pathways.proposal(p.viewer(), proposal.id());
        assertThat(done.status()).isEqualTo("COMPLETED");
        assertThat(done.loggedHours()).isEqualByComparingTo("44");
        assertThat(done.approvedCredits()).isEqualByComparingTo("0.5");
        var after = progress.progressOf(p.student().id());
        assertThat(after.audit().earned()).isGreaterThan(earnedBefore);
        assertThat(after.competencies()).filteredOn(c -> c.id() == p.target().id()).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo("MASTERED"));
    }

    @Test
    void completedShortOfThePlannedHoursTheTeacherReturnsItThenAssessesOnceTheHoursAreIn() {
        Proposer p = fixtures.aHighSchoolStudent();
        ProposalView proposal = submitted(p, onlineCourse(p.target()));
        decide(teacher(p.teacher()), proposal, "TeacherReview", "APPROVE", null);
        decide(counselor(p.counselor()), proposal, "CounselorApproval", "APPROVE", null);
        pathways.logHours(p.viewer(), proposal.id(), PathwayFixtures.UNDER_WAY_SINCE, new BigDecimal("10"), "Unit 1");
        pathways.markComplete(p.viewer(), proposal.id(), "I finished the course early");
        assertThat(instance(proposal)).isWaitingAt("AssessPathway");

        assertThatThrownBy(() -> tasks.decide(teacher(p.teacher()), taskId(proposal, "AssessPathway"),
                new TaskDecision("ASSESS", null, Map.of(p.target().id(), 4))))
                .isInstanceOf(ProposalFieldException.class)
                .hasMessage("The student logged 10 of the 40 planned hours and says: I finished the course early."
                        + " Accept the reason to assess the pathway, or return it to the student");
        assertThat(instance(proposal)).isWaitingAt("AssessPathway");
        assertThatThrownBy(() -> decide(teacher(p.teacher()), proposal, "AssessPathway", "RETURN", " "))
                .hasMessage("Say why in a comment: the student reads it");

        decide(teacher(p.teacher()), proposal, "AssessPathway", "RETURN", "Log the hours of units 2 to 4");
        assertThat(instance(proposal)).isWaitingAt("CarryOutPathway").task().isAssignedTo(p.student().username());
        assertThat(lastEvent(proposal).action()).isEqualTo("RETURNED_TO_STUDENT");
        assertThat(status(proposal)).isEqualTo("ACTIVE");

        pathways.logHours(p.viewer(), proposal.id(), PathwayFixtures.UNDER_WAY_SINCE.plusDays(1), new BigDecimal("24"),
                "Units 2 and 3");
        pathways.logHours(p.viewer(), proposal.id(), PathwayFixtures.UNDER_WAY_SINCE.plusDays(2), new BigDecimal("6"),
                "Unit 4");
        pathways.markComplete(p.viewer(), proposal.id(), null);
        tasks.decide(teacher(p.teacher()), taskId(proposal, "AssessPathway"),
                new TaskDecision("ASSESS", null, Map.of(p.target().id(), 4)));

        assertThat(instance(proposal)).isEnded().hasPassedInOrder("CarryOutPathway", "AssessPathway",
                "CarryOutPathway", "AssessPathway", "AwardCredit", "PathwayCompleted");
        assertThat(status(proposal)).isEqualTo("COMPLETED");
        assertThat(pathways.proposal(p.viewer(), proposal.id()).timeline()).extracting(EventView::action)
                .doesNotContain("SHORTFALL_ACCEPTED");
    }

    @Test
    void completedShortOfThePlannedHoursWithAReasonTheTeacherAccepts() {
        Proposer p = fixtures.aHighSchoolStudent();
        ProposalView proposal = submitted(p, onlineCourse(p.target()));
        decide(teacher(p.teacher()), proposal, "TeacherReview", "APPROVE", null);
        decide(counselor(p.counselor()), proposal, "CounselorApproval", "APPROVE", null);
        pathways.logHours(p.viewer(), proposal.id(), PathwayFixtures.UNDER_WAY_SINCE, new BigDecimal("15"), "Units 1-2");
        pathways.logHours(p.viewer(), proposal.id(), PathwayFixtures.UNDER_WAY_SINCE.plusDays(3), new BigDecimal("15"),
                "Unit 3");

        pathways.markComplete(p.viewer(), proposal.id(), "Unit 4 was cancelled by the provider");
        tasks.decide(teacher(p.teacher()), taskId(proposal, "AssessPathway"),
                new TaskDecision("ASSESS", "Fair", Map.of(p.target().id(), 4), true));

        assertThat(instance(proposal)).isEnded();
        assertThat(status(proposal)).isEqualTo("COMPLETED");
        assertThat(pathways.proposal(p.viewer(), proposal.id()).timeline())
                .filteredOn(e -> e.action().equals("SHORTFALL_ACCEPTED")).singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo(p.teacher());
                    assertThat(e.comment()).isEqualTo("30 of 40 planned hours; the reason is accepted:"
                            + " Unit 4 was cancelled by the provider");
                });
    }

    @Test
    void changesRequestedThenRevisedAndApproved() {
        Proposer p = fixtures.anAdult();
        ProposalView proposal = submitted(p, onlineCourse(p.target()));

        decide(teacher(p.teacher()), proposal, "TeacherReview", "CHANGES", "Add how you will show mastery");
        assertThat(instance(proposal)).isWaitingAt("ReviseProposal").task().isAssignedTo(p.student().username());
        assertThat(status(proposal)).isEqualTo("CHANGES_REQUESTED");

        pathways.revise(p.viewer(), proposal.id(), onlineCourse(p.target()));
        assertThat(instance(proposal)).isWaitingAt("TeacherReview");
        decide(teacher(p.teacher()), proposal, "TeacherReview", "APPROVE", null);
        decide(counselor(p.counselor()), proposal, "CounselorApproval", "APPROVE", null);

        assertThat(instance(proposal)).isWaitingAt("CarryOutPathway");   // on campus: no guardian consent
        ProposalView view = pathways.proposal(p.viewer(), proposal.id());
        assertThat(view.revision()).isEqualTo(2);
        assertThat(view.timeline()).extracting(EventView::action).containsSubsequence("SUBMITTED", "IN_REVIEW",
                "CHANGES_REQUESTED", "RESUBMITTED", "IN_REVIEW", "TEACHER_APPROVED", "APPROVED", "ACTIVATED");
        assertThat(view.timeline()).filteredOn(e -> e.action().equals("CHANGES_REQUESTED")).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo(p.teacher()));
    }

    @Test
    void theTeacherRejects() {
        Proposer p = fixtures.anAdult();
        ProposalView proposal = submitted(p, onlineCourse(p.target()));

        decide(teacher(p.teacher()), proposal, "TeacherReview", "REJECT", "Not connected to the competency");

        assertThat(instance(proposal)).isEnded().hasPassed("RecordRejection", "ProposalRejected");
        assertThat(lastEvent(proposal).comment()).isEqualTo("Not connected to the competency");
        assertThat(status(proposal)).isEqualTo("REJECTED");
    }

    @Test
    void theCounselorRejects() {
        Proposer p = fixtures.anAdult();
        ProposalView proposal = submitted(p, onlineCourse(p.target()));
        decide(teacher(p.teacher()), proposal, "TeacherReview", "APPROVE", null);

        decide(counselor(p.counselor()), proposal, "CounselorApproval", "REJECT", "Too much this semester");

        assertThat(instance(proposal)).isEnded().hasPassed("ProposalRejected");
        assertThat(status(proposal)).isEqualTo("REJECTED");
        assertThat(lastEvent(proposal).actor()).isEqualTo(p.counselor());
    }

    @Test
    void anIneligibleProposalGoesBackWithEveryReason() {
        Proposer p = fixtures.aMinorInGrade11();
        ProposalRequest flawed = new ProposalRequest(PathwayType.INTERNSHIP, "Weekend internship", null, "Garage",
                null, null, java.time.LocalDate.now().plusDays(7), java.time.LocalDate.now().plusDays(60), BigDecimal.valueOf(20), true,
                null, new BigDecimal("2"), "STEM", java.util.List.of(p.target().id()), Transport.SCHOOL_BUS, null);

        ProposalView proposal = submitted(p, flawed);

        assertThat(instance(proposal)).isWaitingAt("ReviseProposal");
        assertThat(status(proposal)).isEqualTo("CHANGES_REQUESTED");
        assertThat(lastEvent(proposal).comment()).startsWith("Not eligible yet: ")
                .contains("20 planned hours are too few for 2 credits")
                .contains("Internship pathways earn at most 1 credit; this one asks 2");
    }

    @Test
    void theGuardianDeclines() {
        Proposer p = fixtures.aMinorInGrade11();
        ProposalView proposal = submitted(p, internship(p.target()));
        decide(teacher(p.teacher()), proposal, "TeacherReview", "APPROVE", null);
        decide(counselor(p.counselor()), proposal, "CounselorApproval", "APPROVE", null);

        decide(guardian(p.guardian()), proposal, "GuardianConsent", "DECLINE", "Too far from home");

        assertThat(instance(proposal)).isEnded().hasPassed("RecordDecline", "ConsentDeclined");
        assertThat(status(proposal)).isEqualTo("REJECTED");
        assertThat(lastEvent(proposal).comment()).isEqualTo("Guardian consent declined: Too far from home");
    }

    @ParameterizedTest(name = "withdrawn while waiting at {0}")
    @ValueSource(strings = {"TeacherReview", "CounselorApproval", "GuardianConsent", "ReviseProposal",
            "CarryOutPathway", "AssessPathway"})
    void theStudentWithdrawsAtEachWaitingStep(String step) {
        Proposer p = fixtures.aMinorInGrade11();
        ProposalView proposal = submitted(p, internship(p.target()));
        advanceTo(step, p, proposal);
        assertThat(instance(proposal)).isWaitingAt(step);

        pathways.withdraw(p.viewer(), proposal.id(), "Changed my plans");

        assertThat(instance(proposal)).isEnded().hasPassed("RecordWithdrawal", "ProposalWithdrawn");
        assertThat(taskService.createTaskQuery().processInstanceId(instance(proposal).getId()).count()).isZero();
        assertThat(status(proposal)).isEqualTo("WITHDRAWN");
        assertThat(lastEvent(proposal).comment()).isEqualTo("Changed my plans");
    }

    @Test
    void anOverdueTeacherReviewIsRemindedAndEscalatedToTheCounselor() {
        Proposer p = fixtures.anAdult();
        ProposalView proposal = submitted(p, onlineCourse(p.target()));

        management.executeJob(timer(proposal, "TeacherReviewOverdue").getId());

        assertThat(instance(proposal)).isWaitingAt("TeacherReview").hasPassed("EscalateTeacherReview");
        assertThat(taskService.getIdentityLinksForTask(taskId(proposal, "TeacherReview")))
                .extracting(IdentityLink::getUserId).contains(p.teacher(), p.counselor());
        assertThat(lastEvent(proposal).action()).isEqualTo("REMINDER_SENT");
    }

    @Test
    void anOverdueCounselorApprovalIsEscalatedToTheAdministratorsWhoMayDecideIt() {
        Proposer p = fixtures.anAdult();
        ProposalView proposal = submitted(p, onlineCourse(p.target()));
        decide(teacher(p.teacher()), proposal, "TeacherReview", "APPROVE", null);
        java.util.List<String> administrators = people.administratorsOf(p.student().id());

        management.executeJob(timer(proposal, "CounselorApprovalOverdue").getId());

        assertThat(instance(proposal)).isWaitingAt("CounselorApproval").hasPassed("EscalateCounselorApproval");
        assertThat(administrators).isNotEmpty().doesNotContain(p.counselor());
        assertThat(taskService.getIdentityLinksForTask(taskId(proposal, "CounselorApproval")))
                .extracting(IdentityLink::getUserId).contains(p.counselor()).containsAll(administrators);
        assertThat(lastEvent(proposal).comment()).as("by their names, not their usernames")
                .startsWith("The counselor approval has waited too long; reminder sent and escalated to ")
                .contains(people.displayNames(administrators).values()).doesNotContain(administrators);

        tasks.decide(new Viewer(administrators.get(0), org.pathwayplanner.people.Role.ADMIN),
                taskId(proposal, "CounselorApproval"), new TaskDecision("APPROVE", "Approved on escalation", null));
        assertThat(instance(proposal)).isWaitingAt("CarryOutPathway");
    }

    @Test
    void aProposalNotResubmittedInTimeExpires() {
        Proposer p = fixtures.anAdult();
        ProposalView proposal = submitted(p, onlineCourse(p.target()));
        decide(teacher(p.teacher()), proposal, "TeacherReview", "CHANGES", "Add a mentor");

        management.executeJob(timer(proposal, "ResubmissionDeadline").getId());

        assertThat(instance(proposal)).isEnded().hasPassed("ExpireProposal", "ProposalExpired");
        assertThat(status(proposal)).isEqualTo("EXPIRED");
    }

    @Test
    void anotherTeacherCannotDecideTheTask() {
        Proposer p = fixtures.anAdult();
        ProposalView proposal = submitted(p, onlineCourse(p.target()));
        String stranger = p.teacher().endsWith("2") ? p.teacher().substring(0, p.teacher().length() - 1)
                : p.teacher() + "2";

        assertThatThrownBy(() -> tasks.decide(teacher(stranger), taskId(proposal, "TeacherReview"),
                new TaskDecision("APPROVE", null, null))).isInstanceOf(AccessDeniedException.class);
        assertThat(tasks.tasksOf(teacher(stranger))).extracting(TaskView::proposalId).doesNotContain(proposal.id());
        assertThat(instance(proposal)).isWaitingAt("TeacherReview");
    }

    @Test
    void aStudentCannotApproveTheirOwnProposal() {
        Proposer p = fixtures.anAdult();
        ProposalView proposal = submitted(p, onlineCourse(p.target()));

        assertThatThrownBy(() -> tasks.decide(p.viewer(), taskId(proposal, "TeacherReview"),
                new TaskDecision("APPROVE", null, null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTaskDecidedTwiceTellsTheSecondPersonWhoDecided() {
        Proposer p = fixtures.anAdult();
        ProposalView proposal = submitted(p, onlineCourse(p.target()));
        String task = taskId(proposal, "TeacherReview");
        management.executeJob(timer(proposal, "TeacherReviewOverdue").getId());   // the counselor joins

        tasks.decide(teacher(p.teacher()), task, new TaskDecision("APPROVE", null, null));

        assertThatThrownBy(() -> tasks.decide(counselor(p.counselor()), task, new TaskDecision("APPROVE", null, null)))
                .isInstanceOf(TaskAlreadyDecidedException.class)
                .hasMessageStartingWith("This task was already decided by " + p.teacher());
    }

    @Test
    void aDecisionThatDoesNotFitTheStepIsRefused() {
        Proposer p = fixtures.anAdult();
        ProposalView proposal = submitted(p, onlineCourse(p.target()));

        assertThatThrownBy(() -> tasks.decide(teacher(p.teacher()), taskId(proposal, "TeacherReview"),
                new TaskDecision("CONSENT", null, null))).hasMessageContaining("[APPROVE, CHANGES, REJECT]");
        assertThatThrownBy(() -> tasks.decide(teacher(p.teacher()), taskId(proposal, "TeacherReview"),
                new TaskDecision("REJECT", " ", null))).hasMessageContaining("Say why in a comment");
        assertThat(instance(proposal)).isWaitingAt("TeacherReview");
    }

    @Test
    void aReviewerSeesTheTaskInTheirInbox() {
        Proposer p = fixtures.anAdult();
        ProposalView proposal = submitted(p, onlineCourse(p.target()));

        assertThat(tasks.tasksOf(teacher(p.teacher()))).filteredOn(t -> t.proposalId() == proposal.id())
                .singleElement().satisfies(t -> {
                    assertThat(t.step()).isEqualTo("TeacherReview");
                    assertThat(t.decisions()).containsExactly("APPROVE", "CHANGES", "REJECT");
                    assertThat(t.studentName()).isEqualTo(p.student().fullName());
                });
    }

    private void advanceTo(String step, Proposer p, ProposalView proposal) {
        if (step.equals("ReviseProposal")) {
            decide(teacher(p.teacher()), proposal, "TeacherReview", "CHANGES", "More detail please");
            return;
        }
        String[] path = {"TeacherReview", "CounselorApproval", "GuardianConsent", "CarryOutPathway", "AssessPathway"};
        for (String next : path) {
            if (next.equals(step)) {
                return;
            }
            switch (next) {
                case "TeacherReview" -> decide(teacher(p.teacher()), proposal, next, "APPROVE", null);
                case "CounselorApproval" -> decide(counselor(p.counselor()), proposal, next, "APPROVE", null);
                case "GuardianConsent" -> decide(guardian(p.guardian()), proposal, next, "CONSENT", null);
                case "CarryOutPathway" -> pathways.markComplete(p.viewer(), proposal.id(), "Done");
                default -> { }
            }
        }
    }

    private ProposalView submitted(Proposer p, ProposalRequest request) {
        ProposalView draft = pathways.draft(p.viewer(), request);
        ProposalView submitted = pathways.submit(p.viewer(), draft.id());
        instances.put(submitted.id(), runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(submitted.id())).singleResult());
        return submitted;
    }

    private void decide(Viewer who, ProposalView proposal, String step, String decision, String comment) {
        tasks.decide(who, taskId(proposal, step), new TaskDecision(decision, comment, null));
    }

    private String taskId(ProposalView proposal, String step) {
        return taskService.createTaskQuery().processInstanceId(instance(proposal).getId()).taskDefinitionKey(step)
                .singleResult().getId();
    }

    private Job timer(ProposalView proposal, String boundaryEvent) {
        return management.createJobQuery().processInstanceId(instance(proposal).getId()).timers()
                .activityId(boundaryEvent).singleResult();
    }

    private ProcessInstance instance(ProposalView proposal) {
        return instances.get(proposal.id());
    }

    private String status(ProposalView proposal) {
        return pathways.proposal(new Viewer("admin", org.pathwayplanner.people.Role.ADMIN), proposal.id()).status();
    }

    private EventView lastEvent(ProposalView proposal) {
        var timeline = pathways.proposal(new Viewer("admin", org.pathwayplanner.people.Role.ADMIN), proposal.id())
                .timeline();
        return timeline.get(timeline.size() - 1);
    }
}
