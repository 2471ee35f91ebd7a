package org.pathwayplanner.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.credits.CreditCatalog;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.plan.PlanFixtures.Planner;
import org.pathwayplanner.plan.PlanViews.PlanView;
import org.pathwayplanner.plan.PlanViews.VersionView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * processes/student-plan.bpmn through the real engine and the demo district: submit → counselor review (approve, or
 * ask for changes) → guardian acknowledgement (when a guardian has an account) → approved; a changed approved plan
 * is a new version reviewed again.
 */
@PlannerTest
class PlanProcessTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    org.camunda.bpm.engine.ManagementService management;
    @Autowired
    PlanTimers timers;
    @Autowired
    StudentPlans plans;
    @Autowired
    PlanReview review;
    @Autowired
    PeopleDirectory people;
    @Autowired
    CreditCatalog credits;
    @Autowired
    JdbcTemplate jdbc;

    PlanFixtures fixtures;

    @BeforeEach
    void engineAndFixtures() {
        init(engine);
        fixtures = new PlanFixtures(jdbc, people);
    }

    @org.junit.jupiter.api.AfterEach
    void guardiansBack() {
        fixtures.restoreGuardians();
    }

    @Test
    void theCounselorApprovesAndTheGuardianAcknowledges() {
        Planner p = fixtures.aStudentWithAGuardian();
        planABundle(p);

        review.submit(p.viewer());
        assertThat(waitingAt(p)).isEqualTo(PlanReview.COUNSELOR_REVIEW);
        assertThat(candidates(p)).containsExactly(p.counselor().username());
        assertThat(status(p)).isEqualTo("IN_REVIEW");

        review.decide(p.counselor(), p.student().id(), PlanReview.Decision.APPROVE, "A sound plan");
        assertThat(waitingAt(p)).isEqualTo(PlanReview.GUARDIAN_ACKNOWLEDGEMENT);
        assertThat(candidates(p)).contains(p.guardian().username());
        assertThat(status(p)).isEqualTo("AWAITING_ACKNOWLEDGEMENT");

        review.acknowledge(p.guardian(), p.student().id());
        assertThat(waitingForTheNextSchoolYear(p)).isTrue();
        assertThat(status(p)).isEqualTo("APPROVED");
        VersionView v1 = plans.versions(p.counselor(), p.student().id()).get(0);
        assertThat(v1.outcome()).isEqualTo("APPROVED");
        assertThat(v1.decidedBy()).isEqualTo(p.counselor().username());
        assertThat(v1.comment()).isEqualTo("A sound plan");
        assertThat(v1.acknowledgedBy()).isEqualTo(p.guardian().username());
        assertThat(v1.content().items()).hasSize(1);
    }

    @Test
    void withoutAGuardianAccountTheCounselorsApprovalApprovesThePlan() {
        Planner p = fixtures.aStudentWithoutAGuardianAccount();
        planABundle(p);

        review.submit(p.viewer());
        review.decide(p.counselor(), p.student().id(), PlanReview.Decision.APPROVE, null);

        assertThat(waitingForTheNextSchoolYear(p)).isTrue();
        assertThat(status(p)).isEqualTo("APPROVED");
    }

    @Test
    void theCounselorAsksForChangesWithACommentAndTheRevisionIsReviewedAgainAsTheNextVersion() {
        Planner p = fixtures.aStudentWithAGuardian();
        planABundle(p);
        review.submit(p.viewer());

        assertThatThrownBy(() -> review.decide(p.counselor(), p.student().id(), PlanReview.Decision.CHANGES, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Say what to change");
        review.decide(p.counselor(), p.student().id(), PlanReview.Decision.CHANGES, "Plan your civics credit");
        assertThat(endedAt(p)).isEqualTo("ChangesRequested");
        PlanView sentBack = plans.mine(p.viewer());
        assertThat(sentBack.status()).isEqualTo("CHANGES_REQUESTED");
        assertThat(sentBack.reviewComment()).isEqualTo("Plan your civics credit");

        planABundle(p);
        review.submit(p.viewer());

        assertThat(waitingAt(p)).isEqualTo(PlanReview.COUNSELOR_REVIEW);
        assertThat(plans.versions(p.viewer(), p.student().id())).extracting(VersionView::versionNumber,
                VersionView::outcome).containsExactly(org.assertj.core.groups.Tuple.tuple(1, "CHANGES_REQUESTED"),
                org.assertj.core.groups.Tuple.tuple(2, "IN_REVIEW"));
    }

    @Test
    void changingAnApprovedPlanStartsANewVersionThatIsReviewedAgain() {
        Planner p = fixtures.aStudentWithoutAGuardianAccount();
        planABundle(p);
        review.submit(p.viewer());
        review.decide(p.counselor(), p.student().id(), PlanReview.Decision.APPROVE, null);

        planABundle(p);
        PlanView changed = plans.mine(p.viewer());
        assertThat(changed.status()).isEqualTo("DRAFT");
        assertThat(changed.versionNumber()).isEqualTo(2);

        String approvedInstance = instanceId(p);
        review.submit(p.viewer());
        assertThat(waitingAt(p)).isEqualTo(PlanReview.COUNSELOR_REVIEW);
        assertThat(plans.versions(p.viewer(), p.student().id())).extracting(VersionView::outcome)
                .containsExactly("APPROVED", "IN_REVIEW");
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(approvedInstance).singleResult()
                .getDeleteReason()).as("the approved version no longer waits for its annual review")
                .isEqualTo("Version 2 was submitted");
    }

    @Test
    void whenTheNextSchoolYearStartsTheCounselorReviewsTheApprovedPlanWithinTheDistrictsDays() {
        Planner p = fixtures.aStudentWithoutAGuardianAccount();
        planABundle(p);
        review.submit(p.viewer());
        review.decide(p.counselor(), p.student().id(), PlanReview.Decision.APPROVE, null);
        Job timer = management.createJobQuery().processInstanceId(instanceId(p)).timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(timers.getNextSchoolYear());

        management.executeJob(timer.getId());

        assertThat(waitingAt(p)).isEqualTo(PlanReview.ANNUAL_REVIEW);
        assertThat(candidates(p)).containsExactly(p.counselor().username());
        assertThat(review.waitingFor(p.counselor())).filteredOn(t -> t.studentId() == p.student().id())
                .singleElement().satisfies(t -> {
                    assertThat(t.step()).isEqualTo(PlanReview.ANNUAL_REVIEW);
                    assertThat(t.due()).isNotNull();
                    assertThat(t.overdue()).isFalse();
                });
        review.annualReviewDone(p.counselor(), p.student().id(), "Still on course for nursing");
        assertThat(endedAt(p)).isEqualTo("AnnualReviewDone");
        assertThat(plans.of(p.counselor(), p.student().id()).annualReview().note())
                .isEqualTo("Still on course for nursing");
        assertThat(status(p)).isEqualTo("APPROVED");
    }

    @Test
    void aSmallChangeToAnApprovedPlanIsApprovedByTheDistrictsRuleWithoutAReview() {
        Planner p = fixtures.aStudentWithoutAGuardianAccount();
        planABundle(p);
        review.submit(p.viewer());
        review.decide(p.counselor(), p.student().id(), PlanReview.Decision.APPROVE, null);
        String approvedInstance = instanceId(p);
        var terms = plans.choicesFor(p.viewer()).terms();
        String sameYearOtherTerm = terms.get(terms.size() - 2).value();
        long item = plans.mine(p.viewer()).terms().stream().flatMap(t -> t.items().stream()).findFirst().orElseThrow()
                .id();

        plans.move(p.viewer(), item, sameYearOtherTerm);
        assertThat(plans.check(p.viewer(), p.student().id(), PlanEdit.NONE).findings())
                .anySatisfy(f -> assertThat(f.key()).isEqualTo("plan.finding.smallChange"));
        boolean reviewed = review.submit(p.viewer());

        assertThat(reviewed).isFalse();
        assertThat(status(p)).isEqualTo("APPROVED");
        assertThat(plans.versions(p.viewer(), p.student().id())).extracting(VersionView::versionNumber,
                VersionView::outcome, VersionView::decidedBy).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "APPROVED", p.counselor().username()),
                org.assertj.core.groups.Tuple.tuple(2, "APPROVED", "rules"));
        assertThat(instanceId(p)).isEqualTo(approvedInstance);
        assertThat(waitingForTheNextSchoolYear(p)).as("the annual review still waits").isTrue();
    }

    @Test
    void aPlanInReviewCannotChangeAndOnlyItsCounselorDecides() {
        Planner p = fixtures.aStudentWithAGuardian();
        planABundle(p);
        review.submit(p.viewer());

        assertThatThrownBy(() -> planABundle(p)).isInstanceOf(IllegalStateException.class)
                .hasMessage("This plan is waiting for review and cannot change until it is decided");
        assertThatThrownBy(() -> review.submit(p.viewer())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> review.decide(new Viewer("admin", Role.ADMIN), p.student().id(),
                PlanReview.Decision.APPROVE, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.acknowledge(p.guardian(), p.student().id()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(waitingAt(p)).isEqualTo(PlanReview.COUNSELOR_REVIEW);
    }

    @Test
    void theReviewWaitsOnTheCounselorsHomePageAndTheAcknowledgementOnTheGuardians() {
        Planner p = fixtures.aStudentWithAGuardian();
        planABundle(p);
        review.submit(p.viewer());

        assertThat(review.waitingFor(p.counselor())).extracting(PlanReview.ReviewTask::studentId)
                .contains(p.student().id());
        review.decide(p.counselor(), p.student().id(), PlanReview.Decision.APPROVE, null);

        assertThat(review.waitingFor(p.counselor())).extracting(PlanReview.ReviewTask::studentId)
                .doesNotContain(p.student().id());
        assertThat(review.waitingFor(p.guardian())).filteredOn(t -> t.studentId() == p.student().id())
                .extracting(PlanReview.ReviewTask::step).containsExactly(PlanReview.GUARDIAN_ACKNOWLEDGEMENT);
    }

    // ------------------------------------------------------------------ fixtures

    private void planABundle(Planner p) {
        var choices = plans.choicesFor(p.viewer());
        var bundle = credits.bundles().get(plans.mine(p.viewer()).terms().stream()
                .mapToInt(t -> t.items().size()).sum() % credits.bundles().size());
        plans.add(p.viewer(), new NewItem(choices.terms().get(choices.terms().size() - 1).value(), "BUNDLE", null,
                bundle.id(), null, null, null, null));
    }

    private boolean waitingForTheNextSchoolYear(Planner p) {
        return management.createJobQuery().processInstanceId(instanceId(p)).timers().activityId("SchoolYearStarts")
                .count() == 1;
    }

    private String status(Planner p) {
        return plans.of(p.counselor(), p.student().id()).status();
    }

    private String instanceId(Planner p) {
        return jdbc.queryForObject("select process_instance_id from student_plan where student_id = ?", String.class,
                p.student().id());
    }

    private String waitingAt(Planner p) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(instanceId(p)).list();
        assertThat(open).hasSize(1);
        return open.get(0).getTaskDefinitionKey();
    }

    private List<String> candidates(Planner p) {
        Task task = tasks.createTaskQuery().processInstanceId(instanceId(p)).singleResult();
        return tasks.getIdentityLinksForTask(task.getId()).stream().map(l -> l.getUserId()).toList();
    }

    private String endedAt(Planner p) {
        HistoricProcessInstance done = history.createHistoricProcessInstanceQuery().processInstanceId(instanceId(p))
                .singleResult();
        assertThat(done.getEndTime()).as("the process has ended").isNotNull();
        return done.getEndActivityId();
    }
}
