package org.pathwayplanner.pathways;

import static org.pathwayplanner.pathways.ProcessVariables.ACTOR;
import static org.pathwayplanner.pathways.ProcessVariables.COMMENT;
import static org.pathwayplanner.pathways.ProcessVariables.PROCESS_KEY;
import static org.pathwayplanner.pathways.ProcessVariables.PROPOSAL_ID;
import static org.pathwayplanner.pathways.ProcessVariables.STUDENT;
import static org.pathwayplanner.pathways.ProcessVariables.WITHDRAW_MESSAGE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.pathwayplanner.credits.CreditCatalog;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.pathways.PathwayViews.AreaLine;
import org.pathwayplanner.pathways.PathwayViews.EventView;
import org.pathwayplanner.pathways.PathwayViews.EvidenceView;
import org.pathwayplanner.pathways.PathwayViews.MentorEvaluationView;
import org.pathwayplanner.pathways.PathwayViews.ProposalView;
import org.pathwayplanner.pathways.PathwayViews.TargetView;
import org.pathwayplanner.pathways.PathwayViews.VersionView;
import org.pathwayplanner.pathways.PathwayViews.WhatIfView;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.StudentAccess;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.progress.CompletedPathways;
import org.pathwayplanner.progress.Hypothesis;
import org.pathwayplanner.progress.StudentProgress;
import org.pathwayplanner.rules.AuditDifference;
import org.pathwayplanner.rules.Evaluation;
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
    private final StudentProgress progress;
    private final TimesheetPolicy timesheets;
    private final Clock clock;

    private final org.pathwayplanner.rules.PathwayKinds kinds;

    private final org.pathwayplanner.progress.Sentences sentences;

    PathwayService(PathwayProposalRepository proposals, PathwayLifecycle lifecycle, RuntimeService runtime,
            TaskService tasks, PeopleDirectory people, StudentAccess access, FrameworkCatalog framework,
            CreditCatalog credits, StudentProgress progress, TimesheetPolicy timesheets, Clock clock,
            org.pathwayplanner.rules.PathwayKinds kinds, org.pathwayplanner.progress.Sentences sentences) {
        this.kinds = kinds;
        this.sentences = sentences;
        this.timesheets = timesheets;
        this.progress = progress;
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
        people.checkStillEnrolled(proposer.id());
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
            completeStudentTask(proposal, PathwayStep.REVISE_PROPOSAL, student.username(), "Revised and resubmitted");
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

    /** The proposal's fields as a form fills them in, to revise it; only while the student may edit it. */
    @Transactional(readOnly = true)
    public ProposalRequest requestOf(Viewer student, long proposalId) {
        PathwayProposal p = ownProposal(student, proposalId);
        if (p.getStatus() != ProposalStatus.DRAFT && p.getStatus() != ProposalStatus.CHANGES_REQUESTED) {
            throw new IllegalStateException("A proposal that is " + p.getStatus().name().toLowerCase().replace('_', ' ')
                    + " cannot be revised");
        }
        return new ProposalRequest(p.getPathwayType(), p.getTitle(), p.getDescription(), p.getProvider(),
                p.getMentorName(), p.getMentorContact(), p.getStartDate(), p.getEndDate(), p.getPlannedHours(),
                p.isOffCampus(), p.getEvidencePlan(), p.getRequestedCredits(),
                p.getCreditAreaId() == null ? null : credits.areaCodeOf(p.getCreditAreaId()),
                List.copyOf(p.getCompetencyIds()), p.getTransport(), p.getTransportNote());
    }

    /** The student attaches evidence (a web link and what it shows) to their active pathway. */
    public ProposalView attachEvidence(Viewer student, long proposalId, String url, String description) {
        PathwayProposal proposal = ownProposal(student, proposalId);
        proposal.attachEvidence(url, description, student.username(), clock.instant());
        return view(proposal);
    }

    /**
     * A teacher records the mentor's evaluation: a teacher the proposal is routed to (who reviews and
     * assesses it), while the pathway is active or once it is completed.
     */
    public ProposalView recordMentorEvaluation(Viewer teacher, long proposalId, String mentorName, String rating,
            String comment) {
        PathwayProposal proposal = lifecycle.find(proposalId);
        if (teacher.role() != Role.TEACHER || !(lifecycle.teacherReviewers(proposal).contains(teacher.username())
                || hasTaskOn(teacher, proposal))) {
            throw new AccessDeniedException("Only a teacher who reviews this pathway records its mentor's evaluation.");
        }
        people.checkStillEnrolled(proposal.getStudentId());
        proposal.recordMentorEvaluation(mentorName, rating, comment, teacher.username(), clock.instant());
        return view(proposal);
    }

    /**
     * What-if for the proposal form: the audit now and if the pathway on the form were completed. Only for the
     * signed-in student; nothing is saved. The same computation as {@link #whatIfOf} for a proposal.
     */
    /** The eligibility rules on the proposal as typed by the signed-in student, before saving: every problem. */
    @Transactional(readOnly = true)
    public PathwayViews.LiveEligibility eligibilityOf(Viewer student, ProposalRequest request) {
        var result = lifecycle.eligibilityOf(studentOf(student), request);
        return new PathwayViews.LiveEligibility(result.eligible(), result.problems().stream()
                .map(p -> reasonView(p.rule(), p.reason())).toList(), result.needsGuardianConsent());
    }

    private PathwayViews.ReasonView reasonView(String rule, org.pathwayplanner.rules.Sentence sentence) {
        return new PathwayViews.ReasonView(rule, sentences.text(sentence), sentences.english(sentence), sentence.key(),
                sentence.args());
    }

    @Transactional(readOnly = true)
    public WhatIfView whatIf(Viewer student, List<Long> competencyIds, BigDecimal credits, String areaCode) {
        StudentView proposer = studentOf(student);
        List<Long> targets = competencyIds == null ? List.of() : competencyIds.stream().distinct().toList();
        for (Long id : targets) {
            if (framework.competency(id).isEmpty()) {
                throw new ProposalFieldException("competencyIds", "unknownCompetency", "No competency with id " + id,
                        String.valueOf(id));
            }
        }
        return whatIfCompleted(proposer.id(), "Proposed pathway", targets, credits,
                areaCode == null || areaCode.isBlank() ? null : area(areaCode).getCode());
    }

    /**
     * What-if for a proposal, for whoever may see it (the counselor's approval page, the API): the approved
     * credits once approved, else the requested ones.
     */
    @Transactional(readOnly = true)
    public WhatIfView whatIfOf(Viewer viewer, long proposalId) {
        ProposalView proposal = proposal(viewer, proposalId);
        BigDecimal credits = proposal.approvedCredits() != null ? proposal.approvedCredits()
                : proposal.requestedCredits();
        return whatIfCompleted(proposal.studentId(), proposal.title(),
                proposal.competencies().stream().map(TargetView::id).toList(), credits,
                proposal.creditAreaCode() == null ? org.pathwayplanner.credits.CreditArea.ELECTIVES
                        : proposal.creditAreaCode());
    }

    /**
     * The one what-if of a pathway, as its completion would go: every target assessed at the top of the district's
     * scale (the teacher's assessment is evidence like any other) and the pathway completed with its targets and
     * credits, so its credits, the bundles its targets complete and what counted already come out as they will.
     */
    private WhatIfView whatIfCompleted(long studentId, String title, List<Long> targets, BigDecimal credits,
            String areaCode) {
        int top = framework.scale().levels().stream().mapToInt(l -> l.value()).max()
                .orElse(framework.scale().masteryThreshold());
        List<Hypothesis.HypotheticalScore> scores = targets.stream()
                .map(id -> new Hypothesis.HypotheticalScore(null, id, top)).toList();
        List<Hypothesis.HypotheticalPathway> pathways = credits == null || credits.signum() <= 0 || areaCode == null
                ? List.of() : List.of(new Hypothesis.HypotheticalPathway(title, areaCode, credits, targets));
        AuditDifference difference = progress.whatIf(studentId, new Hypothesis(scores, pathways));
        return new WhatIfView(difference.statusBefore(), difference.statusAfter(), difference.earnedBefore(),
                difference.earnedAfter(), difference.areas().stream().map(a -> new AreaLine(a.areaCode(), a.areaName(),
                        a.required(), a.earnedBefore(), a.earnedAfter(), a.changed())).toList(),
                difference.newlyMasteredCompetencyIds().stream().map(framework::competency)
                        .flatMap(java.util.Optional::stream).map(c -> c.title()).toList());
    }

    /** The student's readiness for each target competency of a proposal (mastered, in progress, ready, locked). */
    @Transactional(readOnly = true)
    public List<PathwayViews.TargetReadiness> readinessOf(ProposalView proposal) {
        Map<Long, org.pathwayplanner.progress.ProgressViews.CompetencyProgress> byId = progress
                .progressOf(proposal.studentId()).competencies().stream()
                .collect(java.util.stream.Collectors.toMap(c -> c.id(), c -> c));
        return proposal.competencies().stream().map(t -> {
            var c = byId.get(t.id());
            return new PathwayViews.TargetReadiness(t.id(), t.code(), t.title(),
                    c == null || c.status() == null ? "READY" : c.status(),
                    c == null ? List.of() : c.missingPrerequisites());
        }).toList();
    }

    /** The student logs a timesheet line on their active pathway: the day, hours in quarter hours, what was done. */
    public ProposalView logHours(Viewer student, long proposalId, LocalDate workDate, BigDecimal hours,
            String activity) {
        PathwayProposal proposal = ownProposal(student, proposalId);
        TimesheetEntry entry = TimesheetEntry.of(workDate, hours, activity);
        proposal.logHours(entry, timesheets.windowOf(proposal, LocalDate.now(clock)), student.username(),
                clock.instant());
        return view(proposal);
    }

    /** The student corrects a timesheet line the mentor has not confirmed; a disputed week waits for the mentor again. */
    public ProposalView correctHours(Viewer student, long proposalId, long lineId, LocalDate workDate, BigDecimal hours,
            String activity) {
        PathwayProposal proposal = ownProposal(student, proposalId);
        proposal.correctHours(lineId, TimesheetEntry.of(workDate, hours, activity),
                timesheets.windowOf(proposal, LocalDate.now(clock)), student.username(), clock.instant());
        return view(proposal);
    }

    /** The student removes a timesheet line the mentor has not confirmed. */
    public ProposalView removeHours(Viewer student, long proposalId, long lineId) {
        PathwayProposal proposal = ownProposal(student, proposalId);
        proposal.removeHours(lineId, student.username(), clock.instant());
        return view(proposal);
    }

    /** The days the proposal's hours may be dated today (for the timesheet form). */
    @Transactional(readOnly = true)
    public TimesheetWindow timesheetWindowOf(ProposalView proposal) {
        return TimesheetWindow.of(proposal.startDate(), proposal.endDate(), timesheets.graceDays(),
                LocalDate.now(clock));
    }

    /**
     * The student marks the pathway done (not before it starts; short of the planned hours only with a reason);
     * the teacher's assessment comes next.
     */
    public ProposalView markComplete(Viewer student, long proposalId, String reason) {
        PathwayProposal proposal = ownProposal(student, proposalId);
        proposal.markComplete(reason, LocalDate.now(clock), student.username(), clock.instant());
        completeStudentTask(proposal, PathwayStep.CARRY_OUT_PATHWAY, student.username(), reason);
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

    /** The training agreement is a receive task of the diagram: no task to list, the process waits at it. */
    private boolean awaitsSignatures(PathwayProposal p) {
        return p.getStatus() == ProposalStatus.APPROVED && p.getProcessInstanceId() != null
                && runtime.createExecutionQuery().processInstanceId(p.getProcessInstanceId())
                        .activityId(PathwayStep.SIGN_TRAINING_AGREEMENT.id()).count() > 0;
    }

    ProposalView view(PathwayProposal p) {
        StudentView student = people.student(p.getStudentId()).orElseThrow();
        List<TargetView> targets = p.getCompetencyIds().stream().map(framework::competency)
                .flatMap(java.util.Optional::stream).map(c -> new TargetView(c.id(), c.code(), c.title())).toList();
        java.util.Map<String, String> names = people.displayNames(p.getTimeline().stream().map(PathwayEvent::getActor)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
        List<EventView> timeline = p.getTimeline().stream().map(e -> new EventView(e.getOccurredAt(), e.getActor(),
                e.getAction(), e.getStatusAfter().name(), e.said() == null ? null : sentences.text(e.said()), names.getOrDefault(e.getActor(), e.getActor())))
                .toList();
        List<Task> open = p.getProcessInstanceId() == null ? List.of()
                : tasks.createTaskQuery().processInstanceId(p.getProcessInstanceId()).list();
        List<String> waiting = open.isEmpty() && awaitsSignatures(p)
                ? List.of(PathwayStep.SIGN_TRAINING_AGREEMENT.id())
                : open.stream().map(Task::getTaskDefinitionKey).toList();
        BigDecimal awarded = BigDecimal.ZERO;
        String waitingReason = null;
        if (p.getStatus() == ProposalStatus.COMPLETED) {
            Evaluation evaluation = progress.storedEvaluation(p.getStudentId()).orElse(null);
            if (evaluation != null) {
                awarded = evaluation.awardedForPathway(p.getId());
                waitingReason = evaluation.waitingPathway(p.getId()).map(w -> sentences.text(w.reason())).orElse(null);
            }
        }
        return new ProposalView(p.getId(), p.getStudentId(), student.fullName(), p.getPathwayType().code(), p.getTitle(),
                p.getDescription(), p.getProvider(), p.getMentorName(), p.getMentorContact(), p.getStartDate(),
                p.getEndDate(), p.getPlannedHours(), p.getLoggedHours(), p.isOffCampus(), p.getEvidencePlan(),
                p.getRequestedCredits(), p.getCreditAreaId() == null ? null : credits.areaCodeOf(p.getCreditAreaId()),
                p.getApprovedCredits(), p.getStatus().name(), p.getRevision(), targets, timeline, waiting,
                p.getEligibilityProblems().stream().map(r -> reasonView(r.rule(), r.sentence())).toList(), versions(p),
                p.getEvidenceLinks().stream().map(e -> new EvidenceView(e.getUrl(), e.getDescription(), e.getAddedBy(),
                        e.getAddedAt())).toList(),
                p.getMentorEvaluations().stream().map(m -> new MentorEvaluationView(m.getMentorName(), m.getRating(),
                        m.getComment(), m.getRecordedBy(), m.getRecordedAt())).toList(),
                awarded, waitingReason, secondPersonNotes(p, open),
                p.getTimesheet().stream().map(l -> new PathwayViews.TimesheetLineView(l.getWorkDate(),
                        Hours.plain(l.getHours()), l.getActivity(), l.getLoggedBy())).toList(),
                p.getShortfallReason(), waitingOn(p, open, student, targets),
                p.getCreditAreaId() == null ? null : credits.areaNameOf(credits.areaCodeOf(p.getCreditAreaId())),
                p.getTransport(), p.getTransportNote());
    }

    /** Who each open step waits for, named when a few people may act, described when many may. */
    private List<PathwayViews.WaitingOn> waitingOn(PathwayProposal p, List<Task> open, StudentView student,
            List<TargetView> targets) {
        java.time.Instant now = clock.instant();
        List<PathwayViews.WaitingOn> waiting = new java.util.ArrayList<>();
        for (Task task : open) {
            java.util.Set<String> who = new java.util.LinkedHashSet<>();
            if (task.getAssignee() != null) {
                who.add(task.getAssignee());
            }
            tasks.getIdentityLinksForTask(task.getId()).stream()
                    .filter(l -> org.camunda.bpm.engine.task.IdentityLinkType.CANDIDATE.equals(l.getType()))
                    .map(org.camunda.bpm.engine.task.IdentityLink::getUserId).filter(java.util.Objects::nonNull)
                    .forEach(who::add);
            List<String> names = who.size() > PathwayViews.WaitingOn.NAMED ? List.of()
                    : people.displayNames(who).values().stream().sorted().toList();
            String areas = String.join(", ", targets.stream().map(t -> framework.competency(t.id()))
                    .flatMap(java.util.Optional::stream).map(c -> c.areaName()).distinct().toList());
            java.time.Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
            waiting.add(new PathwayViews.WaitingOn(task.getTaskDefinitionKey(), names, areas, student.schoolName(),
                    task.getCreateTime().toInstant(), due, due != null && due.isBefore(now)));
        }
        return waiting;
    }

    /**
     * For each open approval that went to someone else this round because its usual reviewer decided the other
     * approval (or to nobody yet): who decided the other one and who may decide it now.
     */
    private List<PathwayViews.SecondPersonNote> secondPersonNotes(PathwayProposal p, List<Task> open) {
        List<PathwayEvent> timeline = p.getTimeline();
        int roundStart = 0;
        for (int i = 0; i < timeline.size(); i++) {
            if (timeline.get(i).getAction().equals("IN_REVIEW")) {
                roundStart = i;
            }
        }
        List<PathwayEvent> thisRound = timeline.subList(roundStart, timeline.size());
        TwoPersonApproval rule = TwoPersonApproval.of(p);
        List<PathwayViews.SecondPersonNote> notes = new java.util.ArrayList<>();
        for (Task task : open) {
            String step = task.getTaskDefinitionKey();
            if (TwoPersonApproval.isApproval(step) && thisRound.stream().anyMatch(e ->
                    e.getAction().equals(PathwayStep.of(step).secondPersonAction())
                            || e.getAction().equals(PathwayStep.of(step).nobodyAction()))) {
                List<String> routedTo = tasks.getIdentityLinksForTask(task.getId()).stream()
                        .filter(l -> org.camunda.bpm.engine.task.IdentityLinkType.CANDIDATE.equals(l.getType())
                                && l.getUserId() != null)
                        .map(org.camunda.bpm.engine.task.IdentityLink::getUserId)
                        .filter(u -> !u.isBlank() && !rule.excludedFrom(step).contains(u)).distinct().sorted()
                        .toList();
                notes.add(new PathwayViews.SecondPersonNote(step, rule.excludedFrom(step).stream().sorted().toList(),
                        routedTo));
            }
        }
        return notes;
    }

    private List<VersionView> versions(PathwayProposal p) {
        List<VersionView> views = new java.util.ArrayList<>();
        ProposalVersion previous = null;
        for (ProposalVersion v : p.getVersions()) {
            views.add(new VersionView(v.getVersionNumber(), v.getSubmittedBy(), v.getSubmittedAt(),
                    v.getPathwayType().code(), v.getTitle(), v.getDescription(), v.getProvider(), v.getMentorName(),
                    v.getMentorContact(), v.getStartDate(), v.getEndDate(), v.getPlannedHours(), v.isOffCampus(),
                    v.getEvidencePlan(), v.getRequestedCredits(),
                    v.getCreditAreaId() == null ? null : credits.areaCodeOf(v.getCreditAreaId()),
                    v.getCompetencyIds().stream().map(framework::competency).flatMap(java.util.Optional::stream)
                            .map(c -> c.title()).toList(),
                    previous == null ? List.of() : v.changedSince(previous)));
            previous = v;
        }
        return views;
    }

    private PathwayCreditFact creditFact(PathwayProposal p) {
        BigDecimal awarded = p.getApprovedCredits() == null ? BigDecimal.ZERO : p.getApprovedCredits();
        return new PathwayCreditFact(p.getId(), p.getTitle(),
                p.getCreditAreaId() == null ? org.pathwayplanner.credits.CreditArea.ELECTIVES
                        : credits.areaCodeOf(p.getCreditAreaId()),
                awarded.stripTrailingZeros(), p.getUpdatedAt().atZone(clock.getZone()).toLocalDate(),
                List.copyOf(p.getCompetencyIds()));
    }

    private ProposalDetails details(ProposalRequest r) {
        if (r.type() != null && !kinds.offers(r.type().code())) {
            throw new ProposalFieldException("type", "unknownKind", "The district's policy offers no kind of pathway "
                    + r.type().code(), r.type().code());
        }
        Long areaId = r.creditAreaCode() == null || r.creditAreaCode().isBlank() ? null
                : area(r.creditAreaCode()).getId();
        List<Long> targets = r.competencyIds() == null ? List.of() : r.competencyIds();
        for (Long id : targets) {
            var standing = id == null ? FrameworkCatalog.Standing.UNKNOWN : framework.competencyStanding(id);
            if (standing == FrameworkCatalog.Standing.UNKNOWN) {
                throw new ProposalFieldException("competencyIds", "unknownCompetency", "No competency with id " + id,
                        String.valueOf(id));
            }
            if (standing == FrameworkCatalog.Standing.RETIRED) {
                String code = framework.competency(id).orElseThrow().code();
                throw new ProposalFieldException("competencyIds", "retiredCompetency",
                        code + " is retired: a pathway can no longer target it", code);
            }
        }
        return new ProposalDetails(r.type(), r.title(), r.description(), r.provider(), r.mentorName(),
                r.mentorContact(), r.startDate(), r.endDate(), r.plannedHours() == null ? BigDecimal.ZERO : r.plannedHours(),
                r.offCampus(), r.transport(), r.transportNote(), r.evidencePlan(), r.requestedCredits(), areaId, targets);
    }

    private org.pathwayplanner.credits.CreditArea area(String code) {
        try {
            return credits.area(code);
        } catch (IllegalArgumentException e) {
            throw new ProposalFieldException("creditAreaCode", "unknownArea", "No credit area " + code, code);
        }
    }

    private void completeStudentTask(PathwayProposal proposal, PathwayStep step, String username, String comment) {
        Task task = tasks.createTaskQuery().processInstanceId(proposal.getProcessInstanceId())
                .taskDefinitionKey(step.id()).singleResult();
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
        people.checkStillEnrolled(proposal.getStudentId());
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
