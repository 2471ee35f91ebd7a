package org.pathwayplanner.pathways;

import static org.pathwayplanner.pathways.PathwayFixtures.counselor;
import static org.pathwayplanner.pathways.PathwayFixtures.guardian;
import static org.pathwayplanner.pathways.PathwayFixtures.teacher;

import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.pathwayplanner.pathways.PathwayFixtures.Proposer;
import org.pathwayplanner.pathways.PathwayViews.EventView;
import org.pathwayplanner.pathways.PathwayViews.ProposalView;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.Viewer;

/** Walks a proposal through the workflow the way its people would, for tests that start further along. */
public class PathwayJourney {

    static final Viewer ADMIN = new Viewer("admin", Role.ADMIN);

    private final PathwayService pathways;
    private final PathwayTasks tasks;
    private final TaskService taskService;

    public PathwayJourney(PathwayService pathways, PathwayTasks tasks, TaskService taskService) {
        this.pathways = pathways;
        this.tasks = tasks;
        this.taskService = taskService;
    }

    public ProposalView submitted(Proposer p, ProposalRequest request) {
        return pathways.submit(p.viewer(), pathways.draft(p.viewer(), request).id());
    }

    /** Submitted, approved by the teacher and the counselor, consented to when needed: active. */
    public ProposalView active(Proposer p, ProposalRequest request) {
        ProposalView proposal = submitted(p, request);
        decide(teacher(p.teacher()), proposal.id(), "TeacherReview", "APPROVE", null);
        decide(counselor(p.counselor()), proposal.id(), "CounselorApproval", "APPROVE", null);
        if (task(proposal.id(), "GuardianConsent") != null) {
            decide(guardian(p.guardian()), proposal.id(), "GuardianConsent", "CONSENT", null);
        }
        return now(proposal.id());
    }

    /** Active, its planned hours logged, marked complete by the student, assessed at the level on every target. */
    public ProposalView completed(Proposer p, ProposalRequest request, int level) {
        ProposalView proposal = active(p, request);
        carriedOut(p, proposal.id());
        tasks.decide(teacher(p.teacher()), taskId(proposal.id(), "AssessPathway"),
                new TaskDecision("ASSESS", "Assessed", Map.of(p.target().id(), level)));
        return now(proposal.id());
    }

    /** The student logs the planned hours (at most 8 a day from the first day) and marks the pathway complete. */
    public ProposalView carriedOut(Proposer p, long proposalId) {
        logsPlannedHours(p, proposalId);
        return pathways.markComplete(p.viewer(), proposalId, "Done");
    }

    /** The student logs the planned hours (at most 8 a day from the first day). */
    public ProposalView logsPlannedHours(Proposer p, long proposalId) {
        ProposalView proposal = now(proposalId);
        java.math.BigDecimal left = proposal.plannedHours().subtract(proposal.loggedHours());
        java.time.LocalDate day = proposal.startDate();
        while (left.signum() > 0) {
            java.math.BigDecimal hours = left.min(java.math.BigDecimal.valueOf(8));
            pathways.logHours(p.viewer(), proposalId, day, hours, "Work on the pathway");
            left = left.subtract(hours);
            day = day.plusDays(1);
        }
        return now(proposalId);
    }

    public void decide(Viewer who, long proposalId, String step, String decision, String comment) {
        tasks.decide(who, taskId(proposalId, step), new TaskDecision(decision, comment, null));
    }

    public String taskId(long proposalId, String step) {
        Task task = task(proposalId, step);
        if (task == null) {
            throw new AssertionError("Proposal " + proposalId + " does not wait at " + step);
        }
        return task.getId();
    }

    Task task(long proposalId, String step) {
        return taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(proposalId))
                .taskDefinitionKey(step).singleResult();
    }

    ProposalView now(long proposalId) {
        return pathways.proposal(ADMIN, proposalId);
    }

    EventView lastEvent(long proposalId) {
        var timeline = now(proposalId).timeline();
        return timeline.get(timeline.size() - 1);
    }
}
