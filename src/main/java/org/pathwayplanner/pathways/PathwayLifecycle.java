package org.pathwayplanner.pathways;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.framework.FrameworkViews.CompetencyView;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.GuardianView;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.progress.PathwayCompleted;
import org.pathwayplanner.progress.Sentences;
import org.pathwayplanner.progress.StudentProgress;
import org.pathwayplanner.rules.Eligibility;
import org.pathwayplanner.rules.Facts.PrerequisiteFact;
import org.pathwayplanner.rules.Sentence;
import org.pathwayplanner.rules.StudentEvaluator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the workflow's service tasks do to a proposal: one method per step, each leaving a timeline event. */
@Service
@Transactional
class PathwayLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PathwayLifecycle.class);
    static final String SYSTEM = "system";

    private final PathwayProposalRepository proposals;
    private final StudentEvaluator rules;
    private final StudentProgress progress;
    private final PeopleDirectory people;
    private final FrameworkCatalog framework;
    private final MonthDay schoolYearStarts;
    private final Clock clock;
    private final Sentences sentences;
    private final org.springframework.context.ApplicationEventPublisher events;

    PathwayLifecycle(PathwayProposalRepository proposals, StudentEvaluator rules, StudentProgress progress,
            PeopleDirectory people, FrameworkCatalog framework, Sentences sentences,
            @Value("${pathway-planner.pathways.school-year-starts:--08-01}") MonthDay schoolYearStarts, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.schoolYearStarts = schoolYearStarts;
        this.sentences = sentences;
        this.proposals = proposals;
        this.rules = rules;
        this.progress = progress;
        this.people = people;
        this.framework = framework;
        this.clock = clock;
    }

    /**
     * Runs the eligibility rules; sends the proposal to review or back to the student with every
     * reason; returns the variables the process routes by.
     */
    Map<String, Object> checkEligibility(long proposalId) {
        PathwayProposal proposal = find(proposalId);
        StudentView student = people.student(proposal.getStudentId()).orElseThrow();
        Eligibility.Result result = rules.checkEligibility(proposalFact(proposal), proposer(student, proposal),
                statuses(student.id()), framework.prerequisites().stream()
                        .map(p -> new PrerequisiteFact(p.competencyId(), p.prerequisiteId())).toList());
        proposal.eligibilityChecked(result.problems().stream()
                .map(problem -> EligibilityReason.of(problem.rule(), problem.reason(),
                        sentences.english(problem.reason()))).toList());
        if (result.eligible()) {
            Sentence said = result.needsGuardianConsent()
                    ? Sentence.of("timeline.eligibleWithConsent", result.guardianConsent().reason())
                    : Sentence.of("timeline.eligible");
            proposal.startReview(SYSTEM, sentences.english(said), clock.instant());
            proposal.lastStepSays(said);
        } else {
            Sentence said = Sentence.of("timeline.notEligible", result.problems().stream()
                    .map(Eligibility.EligibilityProblem::reason).toList());
            proposal.requestChanges(SYSTEM, sentences.english(said), clock.instant());
            proposal.lastStepSays(said);
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(ProcessVariables.ELIGIBLE, result.eligible());
        variables.put(ProcessVariables.GUARDIAN_CONSENT_NEEDED, result.needsGuardianConsent());
        String counselor = people.counselorUsernameOf(student.id()).orElse("");
        variables.put(ProcessVariables.TEACHER_REVIEWERS, String.join(",", routeTeacherReview(proposal, counselor)));
        variables.put(ProcessVariables.COUNSELOR_REVIEWERS, counselor);
        variables.put(ProcessVariables.CONSENT_GIVERS, String.join(",", consentGivers(student.id(), counselor)));
        return variables;
    }

    /**
     * A review untouched too long: a reminder on the timeline, and the people it escalates to — the
     * student's counselor for a teacher review, the administrators over the student for a counselor
     * approval, never someone who decided the other approval of the proposal ({@link TwoPersonApproval}) —
     * who become reviewers too.
     */
    List<String> escalate(long proposalId, PathwayStep overdueStep) {
        PathwayProposal proposal = find(proposalId);
        long studentId = proposal.getStudentId();
        List<List<String>> groups = overdueStep.escalation()
                .orElseThrow(() -> new IllegalArgumentException("No escalation for " + overdueStep.id()))
                .targets().stream().map(target -> peopleOf(target, studentId)).toList();
        TwoPersonApproval.Routing routing = TwoPersonApproval.of(proposal).route(overdueStep.id(), groups);
        List<String> escalatedTo = routing.reviewers();
        note(proposal, "REMINDER_SENT", Sentence.of("timeline.reminder", step(overdueStep), escalatedTo.size(),
                namesOf(escalatedTo)));
        if (routing.secondPerson() && routing.nobody()) {
            note(proposal, overdueStep.secondPersonAction(), Sentence.of(
                    "timeline.notEscalated", namesOf(routing.leftOut()), step(otherStep(overdueStep)),
                    step(overdueStep)));
        } else if (routing.secondPerson()) {
            noteSecondPerson(proposal, overdueStep, routing, "is escalated");
        }
        log.info("Proposal {}: {} overdue, escalated to {}", proposalId, overdueStep.id(), escalatedTo);
        return escalatedTo;
    }

    private List<String> peopleOf(PathwayStep.EscalationTarget target, long studentId) {
        return switch (target) {
            case STUDENTS_COUNSELOR -> people.counselorUsernameOf(studentId).map(List::of).orElseGet(List::of);
            case ADMINISTRATORS -> people.administratorsOf(studentId);
        };
    }

    /** The event that tells people a review was escalated. */
    ReviewEscalated escalated(long proposalId, PathwayStep step, List<String> escalatedTo, List<String> reviewers) {
        PathwayProposal proposal = find(proposalId);
        return new ReviewEscalated(proposalId, proposal.getStudentId(), proposal.getTitle(), step.id(),
                List.copyOf(escalatedTo), List.copyOf(reviewers));
    }

    /**
     * Who decides the counselor approval, as it starts: the student's counselor; when the counselor decided the
     * teacher review (or there is none), another counselor of the student's school; failing those, an
     * administrator over the student who has not decided on the proposal. Never the teacher review's decider.
     */
    List<String> routeCounselorApproval(long proposalId) {
        PathwayProposal proposal = find(proposalId);
        long studentId = proposal.getStudentId();
        List<String> counselor = people.counselorUsernameOf(studentId).map(List::of).orElseGet(List::of);
        TwoPersonApproval.Routing routing = TwoPersonApproval.of(proposal).route(PathwayStep.COUNSELOR_APPROVAL.id(),
                List.of(counselor, people.counselorsAtSchoolOf(studentId), people.administratorsOf(studentId)));
        if (routing.secondPerson() || routing.nobody()) {
            noteSecondPerson(proposal, PathwayStep.COUNSELOR_APPROVAL, routing, "goes");
        } else if (routing.group() > 0) {
            note(proposal, "ROUTED", Sentence.of("timeline.noCounselor", namesOf(routing.reviewers())));
        }
        return routing.reviewers();
    }

    /** The timeline says why an approval went to someone else, or that nobody may decide it and what happens. */
    private void noteSecondPerson(PathwayProposal proposal, PathwayStep step, TwoPersonApproval.Routing routing,
            String verb) {
        List<String> deciders = namesOf(routing.leftOut());
        if (routing.nobody()) {
            note(proposal, step.nobodyAction(), Sentence.of("timeline.nobody", deciders,
                    step(otherStep(step)), step(step)));
        } else {
            note(proposal, step.secondPersonAction(), Sentence.of("timeline.secondPerson",
                    deciders, step(otherStep(step)), step(step), verb.equals("goes") ? "goes" : "escalated",
                    namesOf(routing.reviewers())));
        }
    }

    /** People as the timeline names them: their display names, not their usernames. */
    private List<String> namesOf(List<String> usernames) {
        Map<String, String> names = people.displayNames(usernames);
        return usernames.stream().map(names::get).toList();
    }

    /** Content areas by their names (the district's), not their codes. */
    private List<String> contentAreaNames(List<String> codes) {
        Map<String, String> names = framework.allAreas().stream()
                .collect(Collectors.toMap(a -> a.code(), a -> a.name(), (a, b) -> a));
        return codes.stream().map(code -> names.getOrDefault(code, code)).toList();
    }

    /** A note of the system on the timeline: in English in its comment, and said in the reader's language. */
    private void note(PathwayProposal proposal, String action, Sentence said) {
        proposal.note(SYSTEM, action, sentences.english(said), clock.instant());
        proposal.lastStepSays(said);
    }

    /** A step of the workflow as the timeline names it ("teacher review"), in the reader's language. */
    private static Sentence step(PathwayStep step) {
        return Sentence.of(step.timelineKey());
    }

    private static PathwayStep otherStep(PathwayStep approval) {
        return approval.otherApproval().orElseThrow();
    }

    void reject(long proposalId, String actor, String reason) {
        find(proposalId).reject(actor, reason, clock.instant());
    }

    void declineConsent(long proposalId, String actor, String comment) {
        PathwayProposal proposal = find(proposalId);
        proposal.reject(actor, "Guardian consent declined" + (blank(comment) ? "" : ": " + comment), clock.instant());
    }

    void expire(long proposalId) {
        find(proposalId).expire(clock.instant());
    }

    void activate(long proposalId) {
        find(proposalId).activate(SYSTEM, clock.instant());
    }

    /** Completion: the approved credits are awarded; progress hears of it and recomputes the student's results. */
    void award(long proposalId, String actor) {
        PathwayProposal proposal = find(proposalId);
        BigDecimal credits = proposal.getApprovedCredits() != null ? proposal.getApprovedCredits()
                : Objects.requireNonNullElse(proposal.getRequestedCredits(), BigDecimal.ZERO);
        proposal.complete(actor, credits, "Completed: " + credits.stripTrailingZeros().toPlainString()
                + " credit(s) approved, awarded once every target competency is mastered", clock.instant());
        events.publishEvent(new PathwayCompleted(proposalId, proposal.getStudentId()));
    }

    void withdraw(long proposalId, String actor, String reason) {
        PathwayProposal proposal = find(proposalId);
        if (!proposal.getStatus().isFinal()) {
            proposal.withdraw(actor, reason, clock.instant());
        }
    }

    PathwayProposal find(long proposalId) {
        return proposals.findById(proposalId)
                .orElseThrow(() -> new java.util.NoSuchElementException("No pathway proposal " + proposalId));
    }

    /**
     * The eligibility rules on a proposal as typed on the form, before it is saved or submitted: what the student
     * sees live, the same rules the submission runs (its other pathways of the school year count toward the cap).
     */
    Eligibility.Result eligibilityOf(StudentView student, ProposalRequest request) {
        if (request.type() == null) {
            // the form asks for the kind first: without one no rule applies yet
            return new Eligibility.Result(List.of(new Eligibility.EligibilityProblem("A pathway is of a kind",
                    Sentence.of("rule.eligibility.chooseKind"))), null);
        }
        LocalDate start = request.startDate();
        Eligibility.ProposalFact fact = new Eligibility.ProposalFact(0L, request.type() == null ? "" : request.type().code(),
                Objects.requireNonNullElse(request.plannedHours(), BigDecimal.ZERO),
                Objects.requireNonNullElse(request.requestedCredits(), BigDecimal.ZERO).stripTrailingZeros(),
                start, request.endDate(), request.offCampus(),
                request.competencyIds() == null ? List.of() : List.copyOf(request.competencyIds()),
                creditsThisYear(student.id(), start, null));
        LocalDate today = LocalDate.now(clock);
        Eligibility.ProposerFact proposer = new Eligibility.ProposerFact(student.id(), student.gradeLevel(),
                Period.between(student.dateOfBirth(), start != null ? start : today).getYears(), today);
        return rules.checkEligibility(fact, proposer, statuses(student.id()), framework.prerequisites().stream()
                .map(p -> new PrerequisiteFact(p.competencyId(), p.prerequisiteId())).toList());
    }

    private Eligibility.ProposalFact proposalFact(PathwayProposal p) {
        return new Eligibility.ProposalFact(p.getId(), p.getPathwayType().code(),
                Objects.requireNonNullElse(p.getPlannedHours(), BigDecimal.ZERO),
                Objects.requireNonNullElse(p.getRequestedCredits(), BigDecimal.ZERO).stripTrailingZeros(),
                p.getStartDate(), p.getEndDate(),
                p.isOffCampus(), List.copyOf(p.getCompetencyIds()), creditsThisYear(p));
    }

    /**
     * The student's other pathway credits in the school year of this pathway's start: approved, active and
     * completed ones (their approved credits) and those still in review (the credits they ask).
     */
    BigDecimal creditsThisYear(PathwayProposal proposal) {
        return creditsThisYear(proposal.getStudentId(), proposal.getStartDate(), proposal.getId());
    }

    private BigDecimal creditsThisYear(long studentId, LocalDate startDate, Long except) {
        LocalDate yearStart = schoolYearStartOf(startDate != null ? startDate : LocalDate.now(clock));
        LocalDate nextYearStart = yearStart.plusYears(1);
        return proposals.findByStudentIdOrderByCreatedAtDesc(studentId).stream()
                .filter(p -> !p.getId().equals(except))
                .filter(p -> p.getStartDate() != null && !p.getStartDate().isBefore(yearStart)
                        && p.getStartDate().isBefore(nextYearStart))
                .map(PathwayLifecycle::creditsCounted)
                .reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros();
    }

    private static BigDecimal creditsCounted(PathwayProposal p) {
        return switch (p.getStatus()) {
            case SUBMITTED, IN_REVIEW -> Objects.requireNonNullElse(p.getRequestedCredits(), BigDecimal.ZERO);
            case APPROVED, ACTIVE, COMPLETED -> Objects.requireNonNullElse(p.getApprovedCredits(), BigDecimal.ZERO);
            default -> BigDecimal.ZERO;
        };
    }

    private LocalDate schoolYearStartOf(LocalDate day) {
        LocalDate start = schoolYearStarts.atYear(day.getYear());
        return day.isBefore(start) ? schoolYearStarts.atYear(day.getYear() - 1) : start;
    }

    /** Grade today; age on the day the pathway starts (today when it has no start date yet). */
    private Eligibility.ProposerFact proposer(StudentView student, PathwayProposal proposal) {
        LocalDate today = LocalDate.now(clock);
        LocalDate ageOn = proposal.getStartDate() != null ? proposal.getStartDate() : today;
        return new Eligibility.ProposerFact(student.id(), student.gradeLevel(),
                Period.between(student.dateOfBirth(), ageOn).getYears(), today);
    }

    private List<Eligibility.CompetencyStatusFact> statuses(long studentId) {
        var evaluation = progress.storedEvaluation(studentId).orElseGet(() -> progress.evaluate(studentId));
        return framework.competencies().stream().map(c -> new Eligibility.CompetencyStatusFact(c.id(), c.title(),
                evaluation.readinessOf(c.id()).map(r -> r.status()).orElse("READY"))).toList();
    }

    /**
     * Who reviews and assesses the proposal: the student's teachers of the target competencies' areas;
     * failing those, the teachers of those areas at the student's school; failing those, the student's
     * counselor, then the school's administrators — never nobody, and never someone who decided the
     * proposal's counselor approval in an earlier round. A fallback is noted on the timeline.
     */
    private List<String> routeTeacherReview(PathwayProposal proposal, String counselor) {
        List<String> areas = areasOf(proposal);
        long studentId = proposal.getStudentId();
        List<String> ownTeachers = people.teachersOfStudentIn(studentId, areas);
        List<String> schoolTeachers = ownTeachers.isEmpty() ? people.teachersOfAreasAtSchoolOf(studentId, areas)
                : List.of();
        TwoPersonApproval.Routing routing = TwoPersonApproval.of(proposal).route(PathwayStep.TEACHER_REVIEW.id(),
                List.of(ownTeachers, schoolTeachers, counselor.isBlank() ? List.of() : List.of(counselor),
                        people.administratorsOf(studentId)));
        if (routing.secondPerson() || routing.nobody()) {
            noteSecondPerson(proposal, PathwayStep.TEACHER_REVIEW, routing, "goes");
        } else if (routing.group() > 0) {
            Object areaList = areas.isEmpty() ? Sentence.of("timeline.thePathwaysAreas") : contentAreaNames(areas);
            String routedTo = switch (routing.group()) {
                case 1 -> "teachers";
                case 2 -> "counselor";
                default -> "administrators";
            };
            note(proposal, "ROUTED", Sentence.of("timeline.routed", areaList, routedTo,
                    namesOf(routing.reviewers())));
        }
        return routing.reviewers();
    }

    /** The people who review and assess the proposal (as routed when it was last checked). */
    List<String> teacherReviewers(PathwayProposal proposal) {
        List<String> areas = areasOf(proposal);
        List<String> reviewers = people.teachersOfStudentIn(proposal.getStudentId(), areas);
        return reviewers.isEmpty() ? people.teachersOfAreasAtSchoolOf(proposal.getStudentId(), areas) : reviewers;
    }

    private List<String> areasOf(PathwayProposal proposal) {
        return proposal.getCompetencyIds().stream().map(framework::competency)
                .flatMap(java.util.Optional::stream).map(CompetencyView::areaCode).filter(Objects::nonNull)
                .distinct().sorted().toList();
    }

    private List<String> consentGivers(long studentId, String counselor) {
        List<String> givers = new java.util.ArrayList<>(people.guardiansOf(studentId).stream()
                .map(GuardianView::username).filter(Objects::nonNull).toList());
        if (!counselor.isBlank()) {
            givers.add(counselor);
        }
        return givers;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
