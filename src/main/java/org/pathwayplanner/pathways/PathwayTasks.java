package org.pathwayplanner.pathways;

import static org.pathwayplanner.pathways.ProcessVariables.ACTOR;
import static org.pathwayplanner.pathways.ProcessVariables.COMMENT;
import static org.pathwayplanner.pathways.ProcessVariables.DECISION;
import static org.pathwayplanner.pathways.ProcessVariables.PROPOSAL_ID;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.task.Task;
import org.pathwayplanner.evidence.EvidenceKind;
import org.pathwayplanner.evidence.EvidenceRecorder;
import org.pathwayplanner.evidence.NewEvidence;
import org.pathwayplanner.evidence.Score;
import org.pathwayplanner.pathways.PathwayViews.TaskView;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.Viewer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewers' side of the workflow: each person's open tasks, and deciding one. Only a candidate of
 * a task may decide it; when two people decide the same task, the first wins and the second is told
 * who decided.
 */
@Service
@Transactional
public class PathwayTasks {

    /** The decisions each reviewing step accepts. */
    static final Map<String, List<String>> DECISIONS = Map.of(
            "TeacherReview", List.of("APPROVE", "CHANGES", "REJECT"),
            "CounselorApproval", List.of("APPROVE", "CHANGES", "REJECT"),
            "GuardianConsent", List.of("CONSENT", "DECLINE"),
            "AssessPathway", List.of("ASSESS"));

    private final TaskService tasks;
    private final HistoryService history;
    private final CommandExecutor engineCommands;
    private final PathwayLifecycle lifecycle;
    private final EvidenceRecorder evidence;
    private final PeopleDirectory people;
    private final Clock clock;

    PathwayTasks(ProcessEngine engine, PathwayLifecycle lifecycle, EvidenceRecorder evidence, PeopleDirectory people,
            Clock clock) {
        this.tasks = engine.getTaskService();
        this.history = engine.getHistoryService();
        this.engineCommands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        this.lifecycle = lifecycle;
        this.evidence = evidence;
        this.people = people;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TaskView> tasksOf(Viewer viewer) {
        List<Task> open = tasks.createTaskQuery().or().taskCandidateUser(viewer.username())
                .taskAssignee(viewer.username()).endOr().orderByTaskCreateTime().asc().list();
        List<TaskView> views = new ArrayList<>();
        for (Task task : open) {
            long proposalId = proposalIdOf(task);
            PathwayProposal proposal = lifecycle.find(proposalId);
            views.add(new TaskView(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                    task.getCreateTime().toInstant(), proposalId, proposal.getTitle(),
                    people.student(proposal.getStudentId()).orElseThrow().fullName(), proposal.getStatus().name(),
                    DECISIONS.getOrDefault(task.getTaskDefinitionKey(), List.of())));
        }
        return views;
    }

    /** Decides a task: the decision and comment are recorded, the workflow moves on. */
    public void decide(Viewer viewer, String taskId, TaskDecision decision) {
        try {
            decideOpenTask(viewer, taskId, decision);
        } catch (TaskAlreadyDecidedException | AccessDeniedException | IllegalArgumentException
                | NoSuchElementException e) {
            throw e;
        } catch (TaskAlreadyClaimedException e) {
            throw new TaskAlreadyDecidedException("This task is already being decided by " + e.getTaskAssignee() + ".");
        } catch (OptimisticLockingException e) {
            throw alreadyDecided(taskId);
        } catch (RuntimeException e) {
            // The task ended while we were deciding it (the engine may fail in several ways): someone else was first.
            if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
                throw alreadyDecided(taskId);
            }
            throw e;
        }
    }

    private void decideOpenTask(Viewer viewer, String taskId, TaskDecision decision) {
        Task task = openTaskOf(viewer, taskId);
        String step = task.getTaskDefinitionKey();
        List<String> allowed = DECISIONS.get(step);
        if (allowed == null) {
            throw new IllegalArgumentException("This step is the student's: use the proposal's own actions");
        }
        String choice = decision.decision().trim().toUpperCase();
        if (!allowed.contains(choice)) {
            throw new IllegalArgumentException("At " + task.getName() + " the decision is one of " + allowed);
        }
        if (List.of("CHANGES", "REJECT", "DECLINE").contains(choice)
                && (decision.comment() == null || decision.comment().isBlank())) {
            throw new IllegalArgumentException("Say why in a comment: the student reads it");
        }
        long proposalId = proposalIdOf(task);
        record(viewer, step, choice, decision, lifecycle.find(proposalId));
        Map<String, Object> variables = new HashMap<>();
        variables.put(DECISION, choice);
        variables.put(COMMENT, decision.comment() == null ? "" : decision.comment());
        variables.put(ACTOR, viewer.username());
        // Claiming names the decider in the task's history; both in one engine command, so one flush. The
        // task is read into the command's cache first: if someone else completed it since our first read,
        // that is "already decided", not an engine error.
        boolean decided = engineCommands.execute(commandContext -> {
            if (commandContext.getTaskManager().findTaskById(taskId) == null) {
                return false;
            }
            tasks.claim(taskId, viewer.username());
            tasks.complete(taskId, variables);
            return true;
        });
        if (!decided) {
            throw alreadyDecided(taskId);
        }
    }

    private void record(Viewer viewer, String step, String choice, TaskDecision decision, PathwayProposal proposal) {
        var now = clock.instant();
        switch (step + ":" + choice) {
            case "TeacherReview:APPROVE" -> proposal.note(viewer.username(), "TEACHER_APPROVED", decision.comment(), now);
            case "CounselorApproval:APPROVE" -> proposal.approve(viewer.username(), proposal.getRequestedCredits(),
                    decision.comment(), now);
            case "TeacherReview:CHANGES", "CounselorApproval:CHANGES" ->
                    proposal.requestChanges(viewer.username(), decision.comment(), now);
            case "GuardianConsent:CONSENT" -> proposal.note(viewer.username(), "GUARDIAN_CONSENTED", decision.comment(), now);
            case "AssessPathway:ASSESS" -> assess(viewer, proposal, decision);
            default -> { } // rejections and declines are recorded by the workflow's own service tasks
        }
    }

    /** The teacher's assessment becomes evidence on the scale for each target competency. */
    private void assess(Viewer viewer, PathwayProposal proposal, TaskDecision decision) {
        if (!decision.levels().keySet().containsAll(proposal.getCompetencyIds())) {
            throw new IllegalArgumentException("Give a level for every target competency of the pathway");
        }
        List<Score> scores = proposal.getCompetencyIds().stream()
                .map(id -> Score.forCompetency(id, decision.levels().get(id))).toList();
        Long assessor = people.staffOfAccount(viewer.username()).map(s -> s.id()).orElse(null);
        evidence.record(new NewEvidence(proposal.getStudentId(), EvidenceKind.PATHWAY_EVALUATION,
                "Pathway: " + proposal.getTitle(), LocalDate.now(clock), assessor, decision.comment(), null, scores));
        proposal.note(viewer.username(), "ASSESSED", decision.comment(), clock.instant());
    }

    /** The open task if the viewer is a candidate or its assignee; one query when they are. */
    private Task openTaskOf(Viewer viewer, String taskId) {
        Task mine = tasks.createTaskQuery().taskId(taskId).taskCandidateUser(viewer.username()).includeAssignedTasks()
                .singleResult();
        if (mine != null) {
            return mine;
        }
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw alreadyDecided(taskId);
        }
        if (!viewer.username().equals(task.getAssignee())) {
            throw new AccessDeniedException("This task is not yours to decide.");
        }
        return task;
    }

    private RuntimeException alreadyDecided(String taskId) {
        HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        if (done == null) {
            return new NoSuchElementException("No task " + taskId);
        }
        return new TaskAlreadyDecidedException("This task was already decided"
                + (done.getAssignee() == null ? "" : " by " + done.getAssignee())
                + (done.getEndTime() == null ? "" : " at " + done.getEndTime().toInstant()) + ".");
    }

    private long proposalIdOf(Task task) {
        Object id = tasks.getVariable(task.getId(), PROPOSAL_ID);
        if (id == null) {
            throw new ProcessEngineException("Task " + task.getId() + " has no proposal");
        }
        return ((Number) id).longValue();
    }
}
