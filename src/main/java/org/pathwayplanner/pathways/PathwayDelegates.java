package org.pathwayplanner.pathways;

import static org.pathwayplanner.pathways.ProcessVariables.ACTOR;
import static org.pathwayplanner.pathways.ProcessVariables.COMMENT;
import static org.pathwayplanner.pathways.ProcessVariables.COUNSELOR_REVIEWERS;
import static org.pathwayplanner.pathways.ProcessVariables.PROPOSAL_ID;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One delegate per service task of processes/pathway-proposal.bpmn, each calling one step of
 * {@link PathwayLifecycle}. Bean names are the BPMN's delegate expressions.
 */
@Configuration
class PathwayDelegates {

    @Bean
    JavaDelegate checkEligibility(PathwayLifecycle lifecycle) {
        return execution -> execution.setVariables(lifecycle.checkEligibility(proposalId(execution)));
    }

    /** Reminder plus escalation: the people the step escalates to become candidates of the overdue task. */
    @Bean
    JavaDelegate escalateReview(PathwayLifecycle lifecycle, TaskService tasks,
            org.springframework.context.ApplicationEventPublisher events) {
        return execution -> {
            PathwayStep overdueStep = PathwayStep.escalatedBy(execution.getCurrentActivityId()).orElseThrow(
                    () -> new IllegalStateException("No review is escalated by " + execution.getCurrentActivityId()));
            long proposalId = proposalId(execution);
            List<String> escalatedTo = lifecycle.escalate(proposalId, overdueStep);
            List<String> reviewers = new java.util.ArrayList<>();
            for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                    .taskDefinitionKey(overdueStep.id()).list()) {
                tasks.getIdentityLinksForTask(task.getId()).stream()
                        .map(org.camunda.bpm.engine.task.IdentityLink::getUserId)
                        .filter(u -> u != null && !reviewers.contains(u)).forEach(reviewers::add);
                escalatedTo.forEach(username -> tasks.addCandidateUser(task.getId(), username));
            }
            events.publishEvent(lifecycle.escalated(proposalId, overdueStep, escalatedTo, reviewers));
        };
    }

    /** As the counselor approval starts: its reviewers, never the person who decided the teacher review. */
    @Bean
    ExecutionListener routeCounselorApproval(PathwayLifecycle lifecycle) {
        return execution -> execution.setVariable(COUNSELOR_REVIEWERS,
                String.join(",", lifecycle.routeCounselorApproval(proposalId(execution))));
    }

    @Bean
    JavaDelegate recordRejection(PathwayLifecycle lifecycle) {
        return execution -> lifecycle.reject(proposalId(execution), actor(execution), comment(execution));
    }

    @Bean
    JavaDelegate recordDecline(PathwayLifecycle lifecycle) {
        return execution -> lifecycle.declineConsent(proposalId(execution), actor(execution), comment(execution));
    }

    @Bean
    JavaDelegate expireProposal(PathwayLifecycle lifecycle) {
        return execution -> lifecycle.expire(proposalId(execution));
    }

    @Bean
    JavaDelegate activatePathway(PathwayLifecycle lifecycle) {
        return execution -> lifecycle.activate(proposalId(execution));
    }

    @Bean
    JavaDelegate awardCredit(PathwayLifecycle lifecycle) {
        return execution -> lifecycle.award(proposalId(execution), actor(execution));
    }

    @Bean
    JavaDelegate recordWithdrawal(PathwayLifecycle lifecycle) {
        return execution -> lifecycle.withdraw(proposalId(execution), actor(execution), comment(execution));
    }

    private static long proposalId(DelegateExecution execution) {
        return ((Number) execution.getVariable(PROPOSAL_ID)).longValue();
    }

    private static String actor(DelegateExecution execution) {
        Object actor = execution.getVariable(ACTOR);
        return actor == null ? PathwayLifecycle.SYSTEM : actor.toString();
    }

    private static String comment(DelegateExecution execution) {
        Object comment = execution.getVariable(COMMENT);
        return comment == null ? null : comment.toString();
    }
}
