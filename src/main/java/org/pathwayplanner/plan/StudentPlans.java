package org.pathwayplanner.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.pathwayplanner.pathways.PathwayService;
import org.pathwayplanner.pathways.PathwayViews.ProposalView;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.StudentAccess;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.plan.PlanViews.CheckView;
import org.pathwayplanner.plan.PlanViews.Content;
import org.pathwayplanner.plan.PlanViews.DoneView;
import org.pathwayplanner.plan.PlanViews.InProgressView;
import org.pathwayplanner.plan.PlanViews.ItemView;
import org.pathwayplanner.plan.PlanViews.PlanView;
import org.pathwayplanner.plan.PlanViews.TermView;
import org.pathwayplanner.plan.PlanViews.VersionView;
import org.pathwayplanner.progress.ProgressViews.CompetencyProgress;
import org.pathwayplanner.progress.ProgressViews.CreditAwardView;
import org.pathwayplanner.progress.ProgressViews.StudentProgressView;
import org.pathwayplanner.progress.StudentProgress;
import org.pathwayplanner.rules.PlanFacts.PlanTerm;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Students' plans to graduation. The student edits their own plan (add, move, remove items; goals) and submits it;
 * the counselor of their caseload reviews it, a guardian acknowledges it ({@link PlanReview}). Who may read a plan:
 * the student, their guardians, the counselor of their caseload and administrators — not teachers.
 */
@Service
public class StudentPlans {

    private static final List<String> UNDER_WAY = List.of("SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED",
            "ACTIVE");

    private final StudentPlanRepository plans;
    private final PeopleDirectory people;
    private final StudentAccess access;
    private final StudentProgress progress;
    private final PathwayService pathways;
    private final PlanCalendar calendar;
    private final PlanItems items;
    private final PlanChecks checks;
    private final ObjectMapper json;
    private final Clock clock;

    StudentPlans(StudentPlanRepository plans, PeopleDirectory people, StudentAccess access, StudentProgress progress,
            PathwayService pathways, PlanCalendar calendar, PlanItems items, PlanChecks checks, ObjectMapper json,
            Clock clock) {
        this.plans = plans;
        this.people = people;
        this.access = access;
        this.progress = progress;
        this.pathways = pathways;
        this.calendar = calendar;
        this.items = items;
        this.checks = checks;
        this.json = json;
        this.clock = clock;
    }

    // ---------------------------------------------------------------------------------------------- reading

    /** The signed-in student's own plan (empty, not saved, when they have not started one). */
    @Transactional(readOnly = true)
    public PlanView mine(Viewer student) {
        return view(student, studentOf(student));
    }

    /** A student's plan, for whoever may read it. */
    @Transactional(readOnly = true)
    public PlanView of(Viewer viewer, long studentId) {
        checkMayRead(viewer, studentId);
        return view(viewer, people.student(studentId).orElseThrow());
    }

    @Transactional(readOnly = true)
    public List<VersionView> versions(Viewer viewer, long studentId) {
        checkMayRead(viewer, studentId);
        return plans.findByStudentId(studentId).map(this::versionsOf).orElse(List.of());
    }

    /**
     * The check of a student's plan with one edit applied that is not saved (an item added, moved or removed), or of
     * the plan as it is: the live check of the plan board.
     */
    @Transactional(readOnly = true)
    public CheckView check(Viewer viewer, long studentId, PlanEdit edit) {
        checkMayRead(viewer, studentId);
        StudentView student = people.student(studentId).orElseThrow();
        List<ItemLine> lines = new ArrayList<>(plans.findByStudentId(studentId).map(StudentPlan::lines)
                .orElse(List.of()));
        List<PlanTerm> terms = termsOf(student, lines);
        if (edit != null) {
            edit.applyTo(lines, newItem -> items.lineOf(newItem, terms));
        }
        return checked(viewer, student, lines,
                plans.findByStudentId(studentId).map(this::approvedLinesOf).orElse(List.of()));
    }

    /** The check of the plan as it is now (for the review). */
    CheckView checkOf(StudentPlan plan, StudentView student) {
        return checked(new Viewer(student.username(), Role.STUDENT), student, plan.lines(), approvedLinesOf(plan));
    }

    /**
     * The check of the plan's lines with the student's pathways under way (submitted, in review, approved, active):
     * they will earn their credits like a planned pathway, in the term their end date falls in.
     */
    private CheckView checked(Viewer viewer, StudentView student, List<ItemLine> lines, List<ItemLine> approved) {
        List<PlanTerm> terms = termsOf(student, lines);
        List<ItemLine> underWay = underWay(pathways.ofStudent(viewer, student.id()), terms);
        List<ItemLine> all = new ArrayList<>(lines);
        all.addAll(underWay);
        List<ItemLine> approvedAll = new ArrayList<>(approved);
        if (!approved.isEmpty()) {
            approvedAll.addAll(underWay);
        }
        return checks.check(student, all, terms, approvedAll);
    }

    /** Pathways under way as lines of the plan (ids are the proposals' negated), in the open term of their end. */
    private static List<ItemLine> underWay(List<ProposalView> proposals, List<PlanTerm> terms) {
        List<PlanTerm> open = terms.stream().filter(t -> !t.ended()).toList();
        List<ItemLine> lines = new ArrayList<>();
        if (open.isEmpty()) {
            return lines;
        }
        for (ProposalView p : proposals) {
            java.math.BigDecimal credits = p.approvedCredits() != null ? p.approvedCredits() : p.requestedCredits();
            if (!UNDER_WAY.contains(p.status()) || "CHANGES_REQUESTED".equals(p.status()) || p.creditAreaCode() == null
                    || credits == null || credits.signum() <= 0) {
                continue;
            }
            PlanTerm term = open.stream().filter(t -> p.endDate() == null || !t.endsOn().isBefore(p.endDate()))
                    .findFirst().orElse(open.get(open.size() - 1));
            lines.add(new ItemLine(-p.id(), term.schoolYear(), term.termOfYear(), "PATHWAY", null, null, p.type(),
                    p.title(), p.creditAreaCode(), credits));
        }
        return lines;
    }

    /** While the next version of an approved plan is drafted: the approved version's lines (empty otherwise). */
    private List<ItemLine> approvedLinesOf(StudentPlan plan) {
        if (plan.getStatus() != PlanStatus.DRAFT) {
            return List.of();
        }
        return plan.approvedVersion().map(v -> contentOf(v).items()).orElse(List.of());
    }

    /** What the add form offers the student. */
    @Transactional(readOnly = true)
    public PlanViews.Choices choicesFor(Viewer student) {
        StudentView me = studentOf(student);
        List<ItemLine> lines = plans.findByStudentId(me.id()).map(StudentPlan::lines).orElse(List.of());
        return items.choices(termsOf(me, lines));
    }

    /** Where each student's plan stands (students without one are left out): for caseloads and home pages. */
    @Transactional(readOnly = true)
    public Map<Long, PlanViews.PlanSummary> summaries(List<Long> studentIds) {
        return plans.findByStudentIdIn(studentIds).stream().collect(Collectors.toMap(StudentPlan::getStudentId,
                p -> new PlanViews.PlanSummary(p.getStudentId(), p.getStatus().name(), p.getVersionNumber())));
    }

    /** Where a plan stands at a glance, and the titles of its items behind plan (their term ended, not done). */
    public record Glance(String status, List<String> behind) {
    }

    /** Each student's plan at a glance (students without one are left out): for the caseload. */
    @Transactional(readOnly = true)
    public Map<Long, Glance> glances(List<Long> studentIds) {
        Map<Long, Glance> glances = new java.util.HashMap<>();
        LocalDate today = LocalDate.now(clock);
        for (StudentPlan plan : plans.findByStudentIdIn(studentIds)) {
            StudentView student = people.student(plan.getStudentId()).orElseThrow();
            List<ItemLine> lines = plan.lines();
            List<PlanTerm> ended = termsOf(student, lines).stream().filter(PlanTerm::ended).toList();
            List<String> behind = new ArrayList<>();
            if (!ended.isEmpty() && lines.stream().anyMatch(l -> ended.stream()
                    .anyMatch(t -> PlanCalendar.keyOf(t).equals(l.term())))) {
                StudentProgressView now = progress.progressOf(student.id());
                for (PlanTerm term : ended) {
                    lines.stream().filter(l -> PlanCalendar.keyOf(term).equals(l.term()))
                            .filter(l -> Standing.BEHIND.equals(Standing.of(l, term, now, List.of())))
                            .forEach(l -> behind.add(l.title()));
                }
            }
            glances.put(plan.getStudentId(), new Glance(plan.getStatus().name(), behind));
        }
        return glances;
    }

    // ---------------------------------------------------------------------------------------------- the student edits

    @Transactional
    public ItemLine add(Viewer student, NewItem item) {
        StudentView me = studentOf(student);
        List<ItemLine> existing = plans.findByStudentId(me.id()).map(StudentPlan::lines).orElse(List.of());
        ItemLine line = items.lineOf(item, termsOf(me, existing));
        StudentPlan plan = planForChange(me, student.username());
        PlanItem added = plan.add(line.term(), line, student.username(), clock.instant());
        plans.saveAndFlush(plan);
        return added.line();
    }

    @Transactional
    public void move(Viewer student, long itemId, String term) {
        StudentView me = studentOf(student);
        StudentPlan plan = existingPlanForChange(me);
        TermKey to = items.openTerm(term, termsOf(me, plan.lines()));
        plan.move(itemId, to, student.username(), clock.instant());
    }

    @Transactional
    public void remove(Viewer student, long itemId) {
        StudentView me = studentOf(student);
        existingPlanForChange(me).remove(itemId, student.username(), clock.instant());
    }

    @Transactional
    public void setGoals(Viewer student, Goals goals) {
        StudentView me = studentOf(student);
        planForChange(me, student.username()).setGoals(goals, student.username(), clock.instant());
    }

    // ---------------------------------------------------------------------------------------------- for the review

    /** The student's plan, locked for a change of status by the review. */
    StudentPlan forReview(long studentId) {
        return plans.findForChange(studentId)
                .orElseThrow(() -> new java.util.NoSuchElementException("Student " + studentId + " has no plan"));
    }

    StudentPlan ownPlanForReview(Viewer student) {
        return existingPlanForChange(studentOf(student));
    }

    /** The goals and items of the plan as it is now, as a version keeps them. */
    String contentOf(StudentPlan plan) {
        try {
            return json.writeValueAsString(new Content(plan.goals(), plan.lines()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A plan always converts to JSON", e);
        }
    }

    // ---------------------------------------------------------------------------------------------- helpers

    void checkMayRead(Viewer viewer, long studentId) {
        if (viewer.role() == Role.TEACHER) {
            throw new AccessDeniedException("Plans to graduation are for the student, their family and their counselor.");
        }
        access.checkMaySee(viewer, studentId);
    }

    StudentView studentOf(Viewer student) {
        if (student.role() != Role.STUDENT) {
            throw new AccessDeniedException("Only a student edits their plan.");
        }
        return people.studentOfAccount(student.username())
                .orElseThrow(() -> new AccessDeniedException("Your account is not a student's."));
    }

    private StudentPlan planForChange(StudentView student, String by) {
        return plans.findForChange(student.id()).orElseGet(() -> plans.save(new StudentPlan(student.id(), by,
                clock.instant())));
    }

    private StudentPlan existingPlanForChange(StudentView student) {
        return plans.findForChange(student.id())
                .orElseThrow(() -> new java.util.NoSuchElementException("You have no plan yet"));
    }

    private List<PlanTerm> termsOf(StudentView student, List<ItemLine> lines) {
        return calendar.termsFor(student.graduationYear(), lines.stream().map(ItemLine::term).toList(),
                LocalDate.now(clock));
    }

    private PlanView view(Viewer viewer, StudentView student) {
        Optional<StudentPlan> plan = plans.findByStudentId(student.id());
        List<ItemLine> lines = plan.map(StudentPlan::lines).orElse(List.of());
        List<PlanTerm> terms = termsOf(student, lines);
        CheckView check = checked(viewer, student, lines, plan.map(this::approvedLinesOf).orElse(List.of()));
        StudentProgressView now = progress.progressOf(student.id());
        List<ProposalView> proposals = pathways.ofStudent(viewer, student.id());
        LocalDate today = LocalDate.now(clock);
        List<TermView> termViews = terms.stream().map(term -> {
            TermKey key = PlanCalendar.keyOf(term);
            List<ItemView> inTerm = lines.stream().filter(l -> l.term().equals(key))
                    .map(l -> itemView(l, term, now, proposals, check)).toList();
            return new TermView(term.sequence(), key.toString(), term.schoolYear(), term.termOfYear(), term.startsOn(),
                    term.endsOn(), term.ended(), !today.isBefore(term.startsOn()) && !term.ended(), inTerm,
                    inTerm.stream().map(ItemView::credits).reduce(java.math.BigDecimal.ZERO,
                            java.math.BigDecimal::add));
        }).toList();
        return new PlanView(student.id(), student.fullName(), student.graduationYear(), plan.isPresent(),
                plan.map(p -> p.getStatus().name()).orElse(PlanStatus.DRAFT.name()),
                plan.map(StudentPlan::getVersionNumber).orElse(1), plan.map(StudentPlan::goals).orElse(Goals.NONE),
                termViews, done(now, proposals), inProgress(now, proposals), check,
                plan.map(this::versionsOf).orElse(List.of()), plan.map(StudentPlan::getUpdatedAt).orElse(null),
                plan.flatMap(p -> p.getVersions().stream().reduce((a, b) -> b))
                        .map(PlanVersion::getComment).orElse(null),
                plan.filter(p -> p.getReviewedAt() != null).map(p -> new PlanViews.AnnualReviewView(p.getReviewedAt(),
                        p.getReviewedBy(), p.getReviewNote())).orElse(null));
    }

    private ItemView itemView(ItemLine line, PlanTerm term, StudentProgressView now, List<ProposalView> proposals,
            CheckView check) {
        boolean flagged = check.findings().stream().anyMatch(f -> !"OK".equals(f.severity())
                && f.itemIds().contains(line.id()));
        return new ItemView(line.id(), line.kind(), line.title(), line.creditAreaCode(), line.credits(),
                line.pathwayKind(), Standing.of(line, term, now, proposals), flagged);
    }

    private static List<DoneView> done(StudentProgressView now, List<ProposalView> proposals) {
        List<DoneView> done = new ArrayList<>();
        for (CreditAwardView award : now.credits()) {
            String title = award.bundleName() != null ? award.bundleName() : proposals.stream()
                    .filter(p -> award.proposalId() != null && p.id() == award.proposalId()).map(ProposalView::title)
                    .findFirst().orElse(award.id());
            done.add(new DoneView(title, award.areaCode(), award.credits(), award.awardedOn()));
        }
        return done;
    }

    private static List<InProgressView> inProgress(StudentProgressView now, List<ProposalView> proposals) {
        List<InProgressView> under = new ArrayList<>();
        for (CompetencyProgress c : now.competencies()) {
            if ("IN_PROGRESS".equals(c.status())) {
                under.add(new InProgressView("COMPETENCY", c.code() + " " + c.title(), c.status()));
            }
        }
        for (ProposalView p : proposals) {
            if (UNDER_WAY.contains(p.status())) {
                under.add(new InProgressView("PATHWAY", p.title(), p.status()));
            }
        }
        return under;
    }

    private List<VersionView> versionsOf(StudentPlan plan) {
        java.util.Map<String, String> names = people.displayNames(plan.getVersions().stream()
                .map(PlanVersion::getDecidedBy).filter(java.util.Objects::nonNull).distinct().toList());
        return plan.getVersions().stream().map(v -> v.view(contentOf(v), names.get(v.getDecidedBy()))).toList();
    }

    private Content contentOf(PlanVersion version) {
        try {
            return json.readValue(version.getContent(), Content.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Version " + version.getVersionNumber() + " of a plan cannot be read", e);
        }
    }
}
