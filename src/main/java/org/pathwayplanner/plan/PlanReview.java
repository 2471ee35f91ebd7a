package org.pathwayplanner.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.GuardianView;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.Viewer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approval of a plan (processes/student-plan.bpmn): the student submits the version being edited; the counselor
 * of their caseload approves it or asks for changes with a comment; a guardian with an account acknowledges an
 * approved plan; then it is approved. A new version (an approved plan changed) goes through the same review.
 */
@Service
public class PlanReview {

    static final String PROCESS = "StudentPlan";
    static final String COUNSELOR_REVIEW = "CounselorReview";
    static final String GUARDIAN_ACKNOWLEDGEMENT = "GuardianAcknowledgement";
    static final String ANNUAL_REVIEW = "AnnualReview";

    /** The counselor's decision. */
    public enum Decision { APPROVE, CHANGES }

    /** A review waiting for someone: which student's plan, which step, since when. */
    public record ReviewTask(long studentId, String studentName, String step, int versionNumber, Instant created,
            Instant due, boolean overdue) {
    }

    private final StudentPlans plans;
    private final PeopleDirectory people;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final Clock clock;

    PlanReview(StudentPlans plans, PeopleDirectory people, RuntimeService runtime, TaskService tasks, Clock clock) {
        this.plans = plans;
        this.people = people;
        this.runtime = runtime;
        this.tasks = tasks;
        this.clock = clock;
    }

    /**
     * The student sends their plan to their counselor; a change the district's rule finds small is approved at once.
     * Returns whether the plan went to review.
     */
    @Transactional
    public boolean submit(Viewer student) {
        StudentPlan plan = plans.ownPlanForReview(student);
        StudentView me = plans.studentOf(student);
        String earlier = plan.getProcessInstanceId();
        java.util.Optional<String> smallChange = PlanChecks.smallChange(plans.checkOf(plan, me));
        plan.submit(plans.contentOf(plan), student.username(), clock.instant());
        if (smallChange.isPresent()) {
            // the district's rule: no review; the approved version's annual review still waits
            plan.approveByRule(smallChange.get(), clock.instant());
            return false;
        }
        if (earlier != null && runtime.createProcessInstanceQuery().processInstanceId(earlier).count() > 0) {
            // the approved version waited for its annual review: the new version is reviewed now instead
            runtime.deleteProcessInstance(earlier, "Version " + plan.getVersionNumber() + " was submitted");
        }
        List<String> counselors = counselorsOf(me);
        if (counselors.isEmpty()) {
            throw new IllegalStateException("No counselor can review your plan yet: ask your school to name your "
                    + "counselor");
        }
        List<String> guardians = people.guardiansOf(me.id()).stream().map(GuardianView::username)
                .filter(u -> u != null && !u.isBlank()).toList();
        ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS, "plan-" + plan.getId() + "-v"
                + plan.getVersionNumber(), Map.of("planId", plan.getId(), "studentId", me.id(), "versionNumber",
                plan.getVersionNumber(), "counselors", String.join(",", counselors), "guardians",
                String.join(",", guardians), "guardianToAcknowledge", !guardians.isEmpty()));
        plan.startedProcess(instance.getId());
        return true;
    }

    /** The counselor approves the plan under review, or asks for changes (a comment is then required). */
    @Transactional
    public void decide(Viewer counselor, long studentId, Decision decision, String comment) {
        plans.checkMayRead(counselor, studentId);
        if (counselor.role() != Role.COUNSELOR) {
            throw new AccessDeniedException("Only the student's counselor reviews their plan.");
        }
        if (decision == null) {
            throw new PlanItemRefused("decision", "plan.error.decision",
                    "Choose whether to approve the plan or ask for changes");
        }
        StudentPlan plan = plans.forReview(studentId);
        Task task = taskOf(plan, COUNSELOR_REVIEW, counselor);
        boolean guardianToAcknowledge = Boolean.TRUE.equals(runtime.getVariable(task.getExecutionId(),
                "guardianToAcknowledge"));
        if (decision == Decision.APPROVE) {
            plan.approve(counselor.username(), comment, guardianToAcknowledge, clock.instant());
        } else {
            plan.requestChanges(counselor.username(), comment, clock.instant());
        }
        tasks.complete(task.getId(), Map.of("decision", decision.name(), "decidedBy", counselor.username()));
    }

    /** A guardian acknowledges the plan their child's counselor approved. */
    @Transactional
    public void acknowledge(Viewer guardian, long studentId) {
        plans.checkMayRead(guardian, studentId);
        if (guardian.role() != Role.GUARDIAN) {
            throw new AccessDeniedException("Only a guardian of the student acknowledges their plan.");
        }
        StudentPlan plan = plans.forReview(studentId);
        Task task = taskOf(plan, GUARDIAN_ACKNOWLEDGEMENT, guardian);
        plan.acknowledge(guardian.username(), clock.instant());
        tasks.complete(task.getId(), Map.of("acknowledgedBy", guardian.username()));
    }

    /** The counselor reviewed the approved plan with the student for the new school year. */
    @Transactional
    public void annualReviewDone(Viewer counselor, long studentId, String note) {
        plans.checkMayRead(counselor, studentId);
        if (counselor.role() != Role.COUNSELOR) {
            throw new AccessDeniedException("Only the student's counselor reviews their plan.");
        }
        StudentPlan plan = plans.forReview(studentId);
        Task task = taskOf(plan, ANNUAL_REVIEW, counselor);
        plan.annualReviewDone(counselor.username(), note, clock.instant());
        tasks.complete(task.getId(), Map.of("reviewedBy", counselor.username()));
    }

    /** Whether the viewer has the plan's review step waiting (the page shows the decision or acknowledgement form). */
    @Transactional(readOnly = true)
    public boolean waitsFor(Viewer viewer, long studentId, String step) {
        return plans.summaries(List.of(studentId)).containsKey(studentId) && tasks.createTaskQuery()
                .processDefinitionKey(PROCESS).processVariableValueEquals("studentId", studentId)
                .taskDefinitionKey(step).taskCandidateUser(viewer.username()).count() > 0;
    }

    /** The plan reviews waiting for the viewer, oldest first. */
    @Transactional(readOnly = true)
    public List<ReviewTask> waitingFor(Viewer viewer) {
        List<ReviewTask> waiting = new ArrayList<>();
        for (Task task : tasks.createTaskQuery().processDefinitionKey(PROCESS).taskCandidateUser(viewer.username())
                .orderByTaskCreateTime().asc().list()) {
            Map<String, Object> vars = runtime.getVariables(task.getExecutionId());
            long studentId = ((Number) vars.get("studentId")).longValue();
            String name = people.student(studentId).map(StudentView::fullName).orElse("#" + studentId);
            Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
            waiting.add(new ReviewTask(studentId, name, task.getTaskDefinitionKey(),
                    ((Number) vars.get("versionNumber")).intValue(), task.getCreateTime().toInstant(), due,
                    due != null && due.isBefore(clock.instant())));
        }
        return waiting;
    }

    private Task taskOf(StudentPlan plan, String step, Viewer viewer) {
        if (plan.getProcessInstanceId() == null) {
            throw new IllegalStateException("This plan is not waiting for a review");
        }
        List<Task> open = tasks.createTaskQuery().processInstanceId(plan.getProcessInstanceId())
                .taskDefinitionKey(step).list();
        if (open.isEmpty()) {
            throw new IllegalStateException("This plan is not waiting for this step of its review");
        }
        return tasks.createTaskQuery().processInstanceId(plan.getProcessInstanceId()).taskDefinitionKey(step)
                .taskCandidateUser(viewer.username()).list().stream().findFirst()
                .orElseThrow(() -> new AccessDeniedException("This review is not yours to decide."));
    }

    private List<String> counselorsOf(StudentView student) {
        return people.counselorUsernameOf(student.id()).map(List::of)
                .orElseGet(() -> people.counselorsAtSchoolOf(student.id()));
    }
}
