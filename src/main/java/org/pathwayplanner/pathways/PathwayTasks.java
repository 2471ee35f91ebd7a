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
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.pathwayplanner.evidence.EvidenceKind;
import org.pathwayplanner.evidence.EvidenceRecorder;
import org.pathwayplanner.evidence.NewEvidence;
import org.pathwayplanner.evidence.Score;
import org.pathwayplanner.pathways.PathwayViews.TaskView;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.framework.FrameworkViews.ScaleView;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.Viewer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reviewers' side of the workflow: each person's open tasks, and deciding one. Only a candidate of
 * a task may decide it; when two people decide the same task, the first wins and the second is told
 * who decided.
 */
@Service
@Transactional
public class PathwayTasks {

    static final String NOT_YOURS = "This task is not yours to decide.";

    private final TaskService tasks;
    private final PathwayProposalRepository proposals;
    private final TransactionTemplate inItsOwnTransaction;
    private final CommandExecutor engineCommands;
    private final PathwayLifecycle lifecycle;
    private final EvidenceRecorder evidence;
    private final PeopleDirectory people;
    private final FrameworkCatalog framework;
    private final Clock clock;

    PathwayTasks(ProcessEngine engine, PathwayLifecycle lifecycle, PathwayProposalRepository proposals,
            PlatformTransactionManager transactions, EvidenceRecorder evidence, PeopleDirectory people,
            FrameworkCatalog framework, Clock clock) {
        this.framework = framework;
        this.tasks = engine.getTaskService();
        this.proposals = proposals;
        this.inItsOwnTransaction = new TransactionTemplate(transactions);
        this.inItsOwnTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.engineCommands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        this.lifecycle = lifecycle;
        this.evidence = evidence;
        this.people = people;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TaskView> tasksOf(Viewer viewer) {
        // only the pathway workflow's tasks: other workflows (a student's plan) list their own
        List<Task> open = tasks.createTaskQuery().processDefinitionKey(ProcessVariables.PROCESS_KEY).or()
                .taskCandidateUser(viewer.username())
                .taskAssignee(viewer.username()).endOr().orderByTaskCreateTime().asc().list();
        List<TaskView> views = new ArrayList<>();
        java.time.Instant now = clock.instant();
        for (Task task : open) {
            long proposalId = proposalIdOf(task);
            PathwayProposal proposal = lifecycle.find(proposalId);
            if (TwoPersonApproval.of(proposal).refusal(task.getTaskDefinitionKey(), viewer.username()).isPresent()) {
                continue;   // offered to them before they decided the proposal's other approval
            }
            java.time.Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
            views.add(new TaskView(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                    task.getCreateTime().toInstant(), proposalId, proposal.getTitle(),
                    people.student(proposal.getStudentId()).orElseThrow().fullName(), proposal.getStatus().name(),
                    decisionsFor(viewer, task.getTaskDefinitionKey()), due, due != null && due.isBefore(now)));
        }
        return views;
    }

    /** The decisions the viewer may take at a step: a counselor records a guardian's consent from a signed form. */
    static List<String> decisionsFor(Viewer viewer, String step) {
        return PathwayStep.byId(step).map(s -> s.decisionsFor(viewer.role()).stream().map(Enum::name).toList())
                .orElse(List.of());
    }

    /**
     * Decides a task: the decision and comment are recorded, the workflow moves on. Decisions on one proposal
     * are taken one at a time (its row is locked); whoever comes second is told who decided, from the
     * proposal's recorded decision — or 403 when the task was never theirs. Someone who decided one of the
     * proposal's two approvals may not decide the other ({@link TwoPersonApproval}): 403 with the reason.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void decide(Viewer viewer, String taskId, TaskDecision decision) {
        try {
            inItsOwnTransaction.executeWithoutResult(status -> decideOpenTask(viewer, taskId, decision));
        } catch (TaskAlreadyDecidedException | AccessDeniedException | IllegalArgumentException
                | NoSuchElementException | org.pathwayplanner.people.StudentHasLeft e) {
            throw e;
        } catch (TaskAlreadyClaimedException e) {
            throw new TaskAlreadyDecidedException("This task is already being decided by " + e.getTaskAssignee() + ".");
        } catch (RuntimeException e) {
            // Ours was refused (by the engine or the database) because someone else decided the task meanwhile.
            RuntimeException decidedFirst = inItsOwnTransaction.execute(status -> decidedBefore(viewer, taskId));
            if (decidedFirst != null) {
                throw decidedFirst;
            }
            throw e;
        }
    }

    private void decideOpenTask(Viewer viewer, String taskId, TaskDecision decision) {
        Task seen = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (seen == null) {
            throw notOpen(viewer, taskId);
        }
        // One decision at a time on a proposal: the lock waits for a decision under way, then the task is read again.
        PathwayProposal proposal = proposals.findForDecision(proposalIdOf(seen))
                .orElseThrow(() -> new NoSuchElementException("No pathway proposal for task " + taskId));
        String step = seen.getTaskDefinitionKey();
        TwoPersonApproval.of(proposal).refusal(step, viewer.username()).ifPresent(reason -> {
            throw new AccessDeniedException(reason);
        });
        people.checkStillEnrolled(proposal.getStudentId());
        Task task = openTaskOf(viewer, taskId);
        PathwayStep reviewing = PathwayStep.byId(step).filter(PathwayStep::decided).orElseThrow(
                () -> new IllegalArgumentException("This step is the student's: use the proposal's own actions"));
        if (decision.decision() == null || decision.decision().isBlank()) {
            throw new ProposalFieldException("decision", "decisionMissing",
                    "Choose a decision: nothing is decided until you choose one");
        }
        List<PathwayStep.Decision> allowed = reviewing.decisionsFor(viewer.role());
        PathwayStep.Decision choice = allowed.stream()
                .filter(d -> d.name().equals(decision.decision().trim().toUpperCase())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("At " + task.getName() + " the decision is one of "
                        + allowed));
        if (choice.needsComment() && (decision.comment() == null || decision.comment().isBlank())) {
            throw new IllegalArgumentException("Say why in a comment: the student reads it");
        }
        record(viewer, reviewing, choice, decision, proposal);
        proposal.decided(taskId, step, choice.name(), viewer.username(), candidatesOf(task), clock.instant());
        Map<String, Object> variables = new HashMap<>();
        variables.put(DECISION, choice.workflowValue());
        variables.put(COMMENT, decision.comment() == null ? "" : decision.comment());
        variables.put(ACTOR, viewer.username());
        // Claiming names the decider in the task's history; both in one engine command, so one flush.
        boolean decided = engineCommands.execute(commandContext -> {
            if (commandContext.getTaskManager().findTaskById(taskId) == null) {
                return false;
            }
            tasks.claim(taskId, viewer.username());
            tasks.complete(taskId, variables);
            return true;
        });
        if (!decided) {
            throw new OptimisticLockingException("Task " + taskId + " ended while it was being decided");
        }
    }

    /** The people a task is offered to: its assignee and candidate users. */
    private List<String> candidatesOf(Task task) {
        List<String> candidates = new ArrayList<>();
        if (task.getAssignee() != null) {
            candidates.add(task.getAssignee());
        }
        tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null
                        && !link.getUserId().isBlank())
                .map(IdentityLink::getUserId).filter(u -> !candidates.contains(u)).forEach(candidates::add);
        return candidates;
    }

    /** A task no longer open: decided (told to those it was offered to, 403 to anyone else) or gone. */
    private RuntimeException notOpen(Viewer viewer, String taskId) {
        RuntimeException decided = decidedBefore(viewer, taskId);
        return decided != null ? decided : new NoSuchElementException("No open task " + taskId);
    }

    /**
     * Who decided the task, from the proposal's recorded decision (never the task's current state, which a
     * decision under way may have changed); null when nobody decided it and it is still open.
     */
    private RuntimeException decidedBefore(Viewer viewer, String taskId) {
        Optional<ProposalDecision> decided = proposals.decisionOfTask(taskId);
        if (decided.isPresent()) {
            ProposalDecision d = decided.get();
            if (!d.concerns(viewer.username())) {
                return new AccessDeniedException(NOT_YOURS);
            }
            return new TaskAlreadyDecidedException("This task was already decided by " + d.getDecidedBy() + " at "
                    + d.getDecidedAt() + ".");
        }
        return tasks.createTaskQuery().taskId(taskId).count() == 0
                ? new NoSuchElementException("No open task " + taskId) : null;
    }

    private String consentedTo(PathwayProposal proposal) {
        String student = people.student(proposal.getStudentId()).orElseThrow().fullName();
        return "Consented to: " + ConsentStatement.of(proposal, student).inWords();
    }

    /**
     * What a decision does to the proposal; the timeline action it leaves is the step's ({@link PathwayStep}).
     * Rejections and declines are recorded by the workflow's own service tasks.
     */
    private void record(Viewer viewer, PathwayStep step, PathwayStep.Decision choice, TaskDecision decision,
            PathwayProposal proposal) {
        var now = clock.instant();
        String comment = decision.comment();
        switch (choice) {
            case APPROVE -> {
                if (step.approvesTheProposal()) {
                    proposal.approve(viewer.username(), proposal.getRequestedCredits(), comment, now);
                } else {
                    proposal.note(viewer.username(), step.timelineAction(choice), comment, now);
                }
            }
            case CHANGES -> proposal.requestChanges(viewer.username(), comment, now);
            case CONSENT -> proposal.note(viewer.username(), step.timelineAction(choice), consentedTo(proposal)
                    + (blank(comment) ? "" : ". " + comment), now);
            case CONSENT_FORM -> proposal.note(viewer.username(), step.timelineAction(choice),
                    "Signed consent form from the guardian recorded by " + viewer.username()
                            + (blank(comment) ? "" : ": " + comment), now);
            case ASSESS -> assess(viewer, proposal, decision);
            case RETURN -> proposal.returnToStudent(viewer.username(), comment, now);
            case REJECT, DECLINE -> { }
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The teacher's assessment becomes evidence on the scale for each target competency. */
    private void assess(Viewer viewer, PathwayProposal proposal, TaskDecision decision) {
        if (proposal.isShortOfHours()) {
            String reason = Objects.requireNonNullElse(proposal.getShortfallReason(), "(no reason recorded)");
            if (!decision.acceptsShortfall()) {
                throw new ProposalFieldException("acceptShortfall", "acceptShortfall", "The student logged "
                        + Hours.plain(proposal.getLoggedHours()).toPlainString() + " of the "
                        + Hours.plain(proposal.getPlannedHours()).toPlainString() + " planned hours and says: "
                        + reason + ". Accept the reason to assess the pathway, or return it"
                        + " to the student", Hours.plain(proposal.getLoggedHours()).toPlainString(),
                        Hours.plain(proposal.getPlannedHours()).toPlainString(), reason);
            }
            proposal.acceptShortfall(viewer.username(), clock.instant());
        }
        if (!decision.levels().keySet().containsAll(proposal.getCompetencyIds())) {
            throw new ProposalFieldException("levels", "levelMissing",
                    "Choose a level for every target competency of the pathway");
        }
        ScaleView scale = framework.scale();
        for (Integer level : decision.levels().values()) {
            if (level == null || scale.levels().stream().noneMatch(l -> l.value() == level)) {
                throw new IllegalArgumentException("Choose each level from the district's scale ("
                        + String.join(", ", scale.levels().stream().map(l -> l.value() + " " + l.label()).toList())
                        + ")");
            }
        }
        List<Score> scores = proposal.getCompetencyIds().stream()
                .map(id -> Score.forCompetency(id, decision.levels().get(id))).toList();
        Long assessor = people.staffOfAccount(viewer.username()).map(s -> s.id()).orElse(null);
        evidence.record(new NewEvidence(proposal.getStudentId(), EvidenceKind.PATHWAY_EVALUATION,
                "Pathway: " + proposal.getTitle(), LocalDate.now(clock), assessor, decision.comment(), null, scores));
        proposal.note(viewer.username(), PathwayStep.ASSESS_PATHWAY.timelineAction(PathwayStep.Decision.ASSESS),
                decision.comment(), clock.instant());
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
            throw notOpen(viewer, taskId);
        }
        if (!viewer.username().equals(task.getAssignee())) {
            throw new AccessDeniedException(NOT_YOURS);
        }
        return task;
    }

    private long proposalIdOf(Task task) {
        Object id = tasks.getVariable(task.getId(), PROPOSAL_ID);
        if (id == null) {
            throw new ProcessEngineException("Task " + task.getId() + " has no proposal");
        }
        return ((Number) id).longValue();
    }
}
