package org.pathwayplanner.pathways;

import static org.pathwayplanner.pathways.ProcessVariables.ACTOR;
import static org.pathwayplanner.pathways.ProcessVariables.COMMENT;
import static org.pathwayplanner.pathways.ProcessVariables.PROCESS_KEY;
import static org.pathwayplanner.pathways.ProcessVariables.PROPOSAL_ID;
import static org.pathwayplanner.pathways.ProcessVariables.STUDENT;
import static org.pathwayplanner.pathways.ProcessVariables.WITHDRAW_MESSAGE;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.pathwayplanner.credits.CreditCatalog;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.pathways.PathwayViews.EventView;
import org.pathwayplanner.pathways.PathwayViews.ProposalView;
import org.pathwayplanner.pathways.PathwayViews.TargetView;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.StudentAccess;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.progress.CompletedPathways;
import org.pathwayplanner.rules.Facts.PathwayCreditFact;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A student's flexible pathways: draft, submit (starting the approval workflow), revise when changes
 * are asked, withdraw, log hours, mark complete. Also tells the rules which pathways are completed.
 */
@Service
@Transactional
public class PathwayService implements CompletedPathways {

    private final PathwayProposalRepository proposals;
    private final PathwayLifecycle lifecycle;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final PeopleDirectory people;
    private final StudentAccess access;
    private final FrameworkCatalog framework;
    private final CreditCatalog credits;
    private final Clock clock;

    PathwayService(PathwayProposalRepository proposals, PathwayLifecycle lifecycle, RuntimeService runtime,
            TaskService tasks, PeopleDirectory people, StudentAccess access, FrameworkCatalog framework,
            CreditCatalog credits, Clock clock) {
        this.proposals = proposals;
        this.lifecycle = lifecycle;
        this.runtime = runtime;
        this.tasks = tasks;
        this.people = people;
        this.access = access;
        this.framework = framework;
        this.credits = credits;
        this.clock = clock;
    }

    /** A student drafts a proposal of their own. */
    public ProposalView draft(Viewer student, ProposalRequest request) {
        StudentView proposer = studentOf(student);
        PathwayProposal proposal = proposals.save(new PathwayProposal(proposer.id(), details(request), student.username(),
                clock.instant()));
        return view(proposal);
    }

    /** Edits a draft, or — when changes were requested — revises and resubmits it to the workflow. */
    public ProposalView revise(Viewer student, long proposalId, ProposalRequest request) {
        PathwayProposal proposal = ownProposal(student, proposalId);
        boolean resubmission = proposal.getStatus() == ProposalStatus.CHANGES_REQUESTED;
        proposal.revise(details(request), student.username(), clock.instant());
        if (resubmission) {
            completeStudentTask(proposal, "ReviseProposal", student.username(), "Revised and resubmitted");
        }
        return view(proposal);
    }

    /** Submits a draft: the workflow starts with the eligibility check. */
    public ProposalView submit(Viewer student, long proposalId) {
        PathwayProposal proposal = ownProposal(student, proposalId);
        proposal.submit(student.username(), clock.instant());
        proposals.flush();
        String processInstance = runtime.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(proposalId),
                Map.of(PROPOSAL_ID, proposalId, STUDENT, student.username())).getProcessInstanceId();
        proposal.attachProcess(processInstance);
        return view(proposal);
    }

    /** Withdraws at any point before completion; open tasks are cancelled. */
    public ProposalView withdraw(Viewer student, long proposalId, String reason) {
        PathwayProposal proposal = ownProposal(student, proposalId);
        if (proposal.getStatus().isFinal()) {
            throw new IllegalStateException("The proposal is already " + proposal.getStatus().name().toLowerCase()
                    + " and can no longer be withdrawn");
        }
        if (isRunning(proposal)) {
            runtime.createMessageCorrelation(WITHDRAW_MESSAGE)
                    .processInstanceId(proposal.getProcessInstanceId())
                    .setVariable(ACTOR, student.username())
                    .setVariable(COMMENT, reason == null || reason.isBlank() ? "Withdrawn by the student" : reason)
                    .correlate();
        } else {
            proposal.withdraw(student.username(), reason, clock.instant());
        }
        return view(lifecycle.find(proposalId));
    }

    public ProposalView logHours(Viewer student, long proposalId, int hours, String note) {
        PathwayProposal proposal = ownProposal(student, proposalId);
        proposal.logHours(hours, student.username(), note, clock.instant());
        return view(proposal);
    }

    /** The student marks the pathway done; the teacher's assessment comes next. */
    public ProposalView markComplete(Viewer student, long proposalId, String note) {
        PathwayProposal proposal = ownProposal(student, proposalId);
        if (proposal.getStatus() != ProposalStatus.ACTIVE) {
            throw new IllegalStateException("Only an active pathway can be marked complete");
        }
        proposal.note(student.username(), "MARKED_COMPLETE", note, clock.instant());
        completeStudentTask(proposal, "CarryOutPathway", student.username(), note);
        return view(proposal);
    }

    @Transactional(readOnly = true)
    public List<ProposalView> mine(Viewer student) {
        return proposals.findByStudentIdOrderByCreatedAtDesc(studentOf(student).id()).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public List<ProposalView> ofStudent(Viewer viewer, long studentId) {
        access.checkMaySee(viewer, studentId);
        return proposals.findByStudentIdOrderByCreatedAtDesc(studentId).stream().map(this::view).toList();
    }

    /** A proposal with its timeline, for anyone who may see the student or has a task on it. */
    @Transactional(readOnly = true)
    public ProposalView proposal(Viewer viewer, long proposalId) {
        PathwayProposal proposal = lifecycle.find(proposalId);
        if (!access.maySee(viewer.username(), viewer.role(), proposal.getStudentId()) && !hasTaskOn(viewer, proposal)) {
            throw new AccessDeniedException("You may not see this pathway proposal.");
        }
        return view(proposal);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PathwayCreditFact> of(long studentId) {
        return proposals.findByStudentIdAndStatus(studentId, ProposalStatus.COMPLETED).stream()
                .map(this::creditFact).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, List<PathwayCreditFact>> all() {
        return proposals.findByStatus(ProposalStatus.COMPLETED).stream()
                .collect(java.util.stream.Collectors.groupingBy(PathwayProposal::getStudentId,
                        java.util.stream.Collectors.mapping(this::creditFact, java.util.stream.Collectors.toList())));
    }

    ProposalView view(PathwayProposal p) {
        StudentView student = people.student(p.getStudentId()).orElseThrow();
        List<TargetView> targets = p.getCompetencyIds().stream().map(framework::competency)
                .flatMap(java.util.Optional::stream).map(c -> new TargetView(c.id(), c.code(), c.title())).toList();
        List<EventView> timeline = p.getTimeline().stream().map(e -> new EventView(e.getOccurredAt(), e.getActor(),
                e.getAction(), e.getStatusAfter().name(), e.getComment())).toList();
        List<String> waiting = p.getProcessInstanceId() == null ? List.of()
                : tasks.createTaskQuery().processInstanceId(p.getProcessInstanceId()).list().stream()
                        .map(Task::getTaskDefinitionKey).toList();
        return new ProposalView(p.getId(), p.getStudentId(), student.fullName(), p.getPathwayType().name(), p.getTitle(),
                p.getDescription(), p.getProvider(), p.getMentorName(), p.getMentorContact(), p.getStartDate(),
                p.getEndDate(), p.getPlannedHours(), p.getLoggedHours(), p.isOffCampus(), p.getEvidencePlan(),
                p.getRequestedCredits(), p.getCreditAreaId() == null ? null : credits.areaCodeOf(p.getCreditAreaId()),
                p.getApprovedCredits(), p.getStatus().name(), p.getRevision(), targets, timeline, waiting);
    }

    private PathwayCreditFact creditFact(PathwayProposal p) {
        BigDecimal awarded = p.getApprovedCredits() == null ? BigDecimal.ZERO : p.getApprovedCredits();
        return new PathwayCreditFact(p.getId(), p.getTitle(),
                p.getCreditAreaId() == null ? "ELECTIVES" : credits.areaCodeOf(p.getCreditAreaId()),
                awarded.stripTrailingZeros(), p.getUpdatedAt().atZone(clock.getZone()).toLocalDate(),
                List.copyOf(p.getCompetencyIds()));
    }

    private ProposalDetails details(ProposalRequest r) {
        Long areaId = r.creditAreaCode() == null ? null : credits.area(r.creditAreaCode()).getId();
        for (Long id : r.competencyIds()) {
            if (framework.competency(id).isEmpty()) {
                throw new IllegalArgumentException("No competency with id " + id);
            }
        }
        return new ProposalDetails(r.type(), r.title(), r.description(), r.provider(), r.mentorName(),
                r.mentorContact(), r.startDate(), r.endDate(), r.plannedHours() == null ? 0 : r.plannedHours(),
                r.offCampus(), r.evidencePlan(), r.requestedCredits(), areaId, r.competencyIds());
    }

    private void completeStudentTask(PathwayProposal proposal, String step, String username, String comment) {
        Task task = tasks.createTaskQuery().processInstanceId(proposal.getProcessInstanceId())
                .taskDefinitionKey(step).singleResult();
        if (task == null) {
            throw new IllegalStateException("The workflow is not waiting for the student at this point");
        }
        tasks.complete(task.getId(), Map.of(ACTOR, username, COMMENT, comment == null ? "" : comment));
    }

    private boolean isRunning(PathwayProposal proposal) {
        return proposal.getProcessInstanceId() != null && runtime.createProcessInstanceQuery()
                .processInstanceId(proposal.getProcessInstanceId()).count() > 0;
    }

    private boolean hasTaskOn(Viewer viewer, PathwayProposal proposal) {
        return proposal.getProcessInstanceId() != null && tasks.createTaskQuery()
                .processInstanceId(proposal.getProcessInstanceId()).taskCandidateUser(viewer.username()).count() > 0;
    }

    private PathwayProposal ownProposal(Viewer student, long proposalId) {
        PathwayProposal proposal = lifecycle.find(proposalId);
        if (student.role() != Role.STUDENT || !proposal.getStudentId().equals(studentOf(student).id())) {
            throw new AccessDeniedException("Only the student who proposed it may change this proposal.");
        }
        return proposal;
    }

    private StudentView studentOf(Viewer viewer) {
        if (viewer.role() != Role.STUDENT) {
            throw new AccessDeniedException("Only students propose pathways.");
        }
        return people.studentOfAccount(viewer.username())
                .orElseThrow(() -> new NoSuchElementException("No student record for " + viewer.username()));
    }
}
