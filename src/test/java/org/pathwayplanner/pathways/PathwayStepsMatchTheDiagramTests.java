package org.pathwayplanner.pathways;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Arrays;
import java.util.Collection;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * The workflow's steps have one home: every user task of the diagram is a {@link PathwayStep}, and so is every
 * receive task (a step that waits for people outside the inbox: the training agreement's signatures), and no more.
 */
class PathwayStepsMatchTheDiagramTests {

    private final BpmnModelInstance diagram = Bpmn.readModelFromFile(new File("processes/pathway-proposal.bpmn"));

    @Test
    void everyUserTaskOfTheDiagramIsAStepAndEveryStepATask() {
        Collection<UserTask> userTasks = diagram.getModelElementsByType(UserTask.class);
        Collection<ReceiveTask> receiveTasks = diagram.getModelElementsByType(ReceiveTask.class);

        assertThat(java.util.stream.Stream.concat(userTasks.stream().map(UserTask::getId),
                receiveTasks.stream().map(ReceiveTask::getId)))
                .as("user tasks of processes/pathway-proposal.bpmn against PathwayStep")
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(PathwayStep.values()).map(PathwayStep::id).toList());
    }

    @Test
    void everyEscalationOfAStepIsAServiceTaskOfTheDiagramThatEscalatesAReview() {
        for (PathwayStep step : PathwayStep.values()) {
            step.escalation().ifPresent(escalation -> {
                ServiceTask task = diagram.getModelElementById(escalation.taskId());
                assertThat(task).as(step + " escalates by " + escalation.taskId()).isNotNull();
                assertThat(task.getCamundaDelegateExpression()).isEqualTo("${escalateReview}");
            });
        }
    }

    @Test
    void onlyTheTwoApprovalsAreEachOthersOtherApproval() {
        assertThat(PathwayStep.TEACHER_REVIEW.otherApproval()).contains(PathwayStep.COUNSELOR_APPROVAL);
        assertThat(PathwayStep.COUNSELOR_APPROVAL.otherApproval()).contains(PathwayStep.TEACHER_REVIEW);
        assertThat(Arrays.stream(PathwayStep.values()).filter(PathwayStep::isApproval))
                .containsExactly(PathwayStep.TEACHER_REVIEW, PathwayStep.COUNSELOR_APPROVAL);
    }

    @Test
    void aCounselorRecordsTheGuardiansConsentFromAFormWhileTheGuardianConsentsThemselves() {
        assertThat(PathwayStep.GUARDIAN_CONSENT.decisionsFor(org.pathwayplanner.people.Role.GUARDIAN))
                .containsExactly(PathwayStep.Decision.CONSENT, PathwayStep.Decision.DECLINE);
        assertThat(PathwayStep.GUARDIAN_CONSENT.decisionsFor(org.pathwayplanner.people.Role.COUNSELOR))
                .containsExactly(PathwayStep.Decision.CONSENT_FORM, PathwayStep.Decision.DECLINE);
        assertThat(PathwayStep.GUARDIAN_CONSENT.timelineAction(PathwayStep.Decision.CONSENT_FORM))
                .isEqualTo("CONSENT_FORM_RECORDED");
    }

    @Test
    void theTrainingAgreementIsAReceiveTaskThatWaitsForSignaturesWithANonInterruptingReminder() {
        ReceiveTask signing = diagram.getModelElementById(PathwayStep.SIGN_TRAINING_AGREEMENT.id());
        assertThat(signing).isNotNull();
        assertThat(PathwayStep.SIGN_TRAINING_AGREEMENT.waitsForSignatures()).isTrue();
        assertThat(diagram.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.BoundaryEvent.class))
                .filteredOn(b -> b.getAttachedTo() == signing).singleElement()
                .satisfies(reminder -> assertThat(reminder.cancelActivity()).isFalse());
    }
}
