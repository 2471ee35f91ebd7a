package org.pathwayplanner.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.pathwayplanner.pathways.PathwayFixtures.counselor;
import static org.pathwayplanner.pathways.PathwayFixtures.guardian;
import static org.pathwayplanner.pathways.PathwayFixtures.internship;
import static org.pathwayplanner.pathways.PathwayFixtures.teacher;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.pathways.AgreementJourney.AwaitingSignatures;
import org.pathwayplanner.pathways.PathwayFixtures.Proposer;
import org.pathwayplanner.pathways.PathwayViews.EventView;
import org.pathwayplanner.pathways.PathwayViews.ProposalView;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Agreement needed?" and "Sign the training agreement" of processes/pathway-proposal.bpmn through the real engine:
 * without a mentor a pathway becomes active as before; with one it waits until every required party has signed, is
 * reminded meanwhile, and nobody else may sign.
 */
@PlannerTest
class TrainingAgreementProcessTests {

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
    TrainingAgreements agreements;
    @Autowired
    StudentProgress progress;
    @Autowired
    PeopleDirectory people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext application;

    PathwayFixtures fixtures;
    PathwayJourney journey;
    AgreementJourney agreementJourney;
    final java.util.Map<Long, ProcessInstance> instances = new java.util.HashMap<>();

    @BeforeEach
    void engineAndFixtures() {
        init(engine);
        fixtures = new PathwayFixtures(jdbc, people, progress, pathways);
        journey = new PathwayJourney(pathways, tasks, taskService);
        agreementJourney = new AgreementJourney(application);
    }

    @Test
    void withoutAMentorThePathwayBecomesActiveAsBefore() {
        Proposer p = fixtures.aMinorInGrade11();

        ProposalView pathway = journey.active(p, internship(p.target()));

        assertThat(pathway.status()).isEqualTo("ACTIVE");
        assertThat(instance(pathway)).isWaitingAt("CarryOutPathway").hasPassedInOrder("GuardianConsent",
                "PrepareTrainingAgreement", "AgreementNeeded", "ActivatePathway").hasNotPassed("SignTrainingAgreement");
        assertThat(agreements.current(pathway.id())).isEmpty();
    }

    @Test
    void withAMentorTheApprovedPathwayWaitsUntilEveryPartySignsThenBecomesActive() {
        Proposer p = fixtures.aMinorInGrade11();
        AwaitingSignatures waiting = agreementJourney.awaitingSignatures(p, internship(p.target()), "Dr. Lena Ortiz",
                "Hartford Hospital", "lortiz@hospital.example.org");
        long id = waiting.proposal().id();

        assertThat(instance(waiting.proposal())).isWaitingAt("SignTrainingAgreement");
        assertThat(waiting.proposal().status()).isEqualTo("APPROVED");
        assertThat(waiting.proposal().waitingFor()).as("what the proposal says it waits for")
                .containsExactly("SignTrainingAgreement");
        assertThat(agreements.current(id).orElseThrow().parties()).extracting(TrainingAgreement.Signer::party)
                .containsExactly(TrainingAgreement.Party.STUDENT, TrainingAgreement.Party.GUARDIAN,
                        TrainingAgreement.Party.MENTOR, TrainingAgreement.Party.COORDINATOR);

        agreementJourney.signAs(p.viewer(), id);
        agreementJourney.signAs(guardian(p.guardian()), id);
        agreementJourney.signAs(counselor(p.counselor()), id);
        assertThat(instance(waiting.proposal())).isWaitingAt("SignTrainingAgreement");
        assertThat(agreementJourney.now(id).status()).isEqualTo("APPROVED");

        agreementJourney.signAsMentor(waiting.mentor());

        assertThat(instance(waiting.proposal())).isWaitingAt("CarryOutPathway").hasPassedInOrder("GuardianConsent",
                "PrepareTrainingAgreement", "SignTrainingAgreement", "ActivatePathway");
        ProposalView active = agreementJourney.now(id);
        assertThat(active.status()).isEqualTo("ACTIVE");
        assertThat(active.waitingFor()).containsExactly("CarryOutPathway");
        assertThat(active.timeline()).extracting(EventView::action).containsSubsequence("AGREEMENT_PREPARED",
                "AGREEMENT_SIGNED", "AGREEMENT_SIGNED", "AGREEMENT_SIGNED", "AGREEMENT_SIGNED", "ACTIVATED");
        assertThat(active.timeline()).filteredOn(e -> e.action().equals("AGREEMENT_SIGNED"))
                .extracting(EventView::actor).containsExactly(p.student().username(), p.guardian(), p.counselor(),
                        "mentor:lortiz@hospital.example.org");
    }

    @Test
    void anAdultsAgreementHasNoGuardian() {
        Proposer p = fixtures.anAdult();
        AwaitingSignatures waiting = agreementJourney.awaitingSignatures(p, internship(p.target()), "Sam Lee",
                "Lee Engineering", "sam@lee.example.org");

        assertThat(agreements.current(waiting.proposal().id()).orElseThrow().parties())
                .extracting(TrainingAgreement.Signer::party).containsExactly(TrainingAgreement.Party.STUDENT,
                        TrainingAgreement.Party.MENTOR, TrainingAgreement.Party.COORDINATOR);
        assertThatThrownBy(() -> agreementJourney.signAs(guardian(p.guardian()), waiting.proposal().id()))
                .as("a guardian of an adult is no party").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theReminderFiresForThoseWhoHaveNotSignedAndTheStepKeepsWaiting() {
        Proposer p = fixtures.aMinorInGrade11();
        AwaitingSignatures waiting = agreementJourney.awaitingSignatures(p, internship(p.target()), "Dr. Lena Ortiz",
                "Hartford Hospital", "lortiz@hospital.example.org");
        long id = waiting.proposal().id();
        agreementJourney.signAs(p.viewer(), id);

        management.executeJob(reminder(waiting.proposal()).getId());
        assertThat(agreementJourney.now(id).timeline()).extracting(EventView::action)
                .as("not yet: no school days have passed").doesNotContain("AGREEMENT_REMINDER");

        jdbc.update("update training_agreement set generated_at = ? where proposal_id = ?",
                Timestamp.from(Instant.now().minus(14, ChronoUnit.DAYS)), id);
        management.executeJob(reminder(waiting.proposal()).getId());

        assertThat(instance(waiting.proposal())).isWaitingAt("SignTrainingAgreement");
        assertThat(reminder(waiting.proposal())).as("the timer keeps its cycle").isNotNull();
        assertThat(agreementJourney.now(id).timeline()).filteredOn(e -> e.action().equals("AGREEMENT_REMINDER"))
                .singleElement().satisfies(e -> assertThat(e.comment()).contains("Dr. Lena Ortiz")
                        .doesNotContain(p.student().fullName()));
        assertThat(notificationsOf(p.guardian(), id)).isEqualTo(2);   // when generated, and the reminder
        assertThat(notificationsOf(p.counselor(), id)).isEqualTo(2);
        assertThat(notificationsOf(p.student().username(), id)).as("signed before the reminder").isEqualTo(1);

        management.executeJob(reminder(waiting.proposal()).getId());
        assertThat(agreementJourney.now(id).timeline()).filteredOn(e -> e.action().equals("AGREEMENT_REMINDER"))
                .as("the next one waits for more school days").hasSize(1);
    }

    @Test
    void aPersonWhoIsNotARequiredPartyCannotSign() {
        Proposer p = fixtures.aMinorInGrade11();
        Proposer other = fixtures.aMinorInGrade11();
        AwaitingSignatures waiting = agreementJourney.awaitingSignatures(p, internship(p.target()), "Dr. Lena Ortiz",
                "Hartford Hospital", "lortiz@hospital.example.org");
        long id = waiting.proposal().id();
        TrainingAgreements.Signing signing = new TrainingAgreements.Signing("Anyone", true,
                agreements.current(id).orElseThrow().sha256());

        for (Viewer stranger : new Viewer[] {teacher(p.teacher()), other.viewer(), guardian(other.guardian()),
                PathwayJourney.ADMIN}) {
            assertThatThrownBy(() -> agreements.sign(stranger, id, signing)).as(stranger.username())
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> agreements.sign(new org.pathwayplanner.security.MentorSessions.Mentor(
                waiting.mentor().invitationId() + 100000, "Dr. Lena Ortiz", "lortiz@hospital.example.org"), signing))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(agreements.current(id).orElseThrow().parties()).noneMatch(TrainingAgreement.Signer::signed);
        assertThat(instance(waiting.proposal())).isWaitingAt("SignTrainingAgreement");
    }

    @Test
    void withdrawnWhileSignaturesAreAwaitedNothingMoreIsSigned() {
        Proposer p = fixtures.aMinorInGrade11();
        AwaitingSignatures waiting = agreementJourney.awaitingSignatures(p, internship(p.target()), "Dr. Lena Ortiz",
                "Hartford Hospital", "lortiz@hospital.example.org");

        instance(waiting.proposal());
        pathways.withdraw(p.viewer(), waiting.proposal().id(), "Found another placement");

        assertThat(instance(waiting.proposal())).isEnded().hasPassed("RecordWithdrawal");
        assertThatThrownBy(() -> agreementJourney.signAs(counselor(p.counselor()), waiting.proposal().id()))
                .isInstanceOf(AgreementNotSignable.class)
                .satisfies(e -> assertThat(((AgreementNotSignable) e).reason())
                        .isEqualTo(AgreementNotSignable.Reason.NOT_WAITING));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private long notificationsOf(String username, long proposalId) {
        return jdbc.queryForObject("select count(*) from notification where recipient = ? and link = ?", Long.class,
                username, "/pathways/" + proposalId + "/agreement");
    }

    private Job reminder(ProposalView proposal) {
        return management.createJobQuery().processInstanceId(instance(proposal).getId()).timers()
                .activityId("SignaturesAwaited").singleResult();
    }

    /** The proposal's process instance, found while it runs and kept for assertions once it has ended. */
    private ProcessInstance instance(ProposalView proposal) {
        return instances.computeIfAbsent(proposal.id(), id -> runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(id)).singleResult());
    }
}
