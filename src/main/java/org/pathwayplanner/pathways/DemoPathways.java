package org.pathwayplanner.pathways;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.progress.StudentProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo pathway proposals at each step of the workflow, made through the same services as their people would: one
 * waiting for a teacher's review, one for a counselor's approval, one for a guardian's consent, one under way with
 * hours logged and one sent back for revision. Their people find them on their home pages, and the administrator's
 * pipeline is not empty on the first day. Only in the demo district, and only once (while no proposal exists).
 */
@Component
@Order(21)
class DemoPathways implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPathways.class);

    enum Stage { TEACHER_REVIEW, COUNSELOR_APPROVAL, GUARDIAN_CONSENT, UNDER_WAY, REVISION }

    private final boolean enabled;
    private final PathwayService pathways;
    private final PathwayTasks tasks;
    private final TaskService taskService;
    private final PathwayProposalRepository proposals;
    private final PeopleDirectory people;
    private final StudentProgress progress;
    private final UserDetailsService accounts;

    DemoPathways(@Value("${pathway-planner.demo.enabled:false}") boolean demo,
            @Value("${pathway-planner.demo.proposals:true}") boolean withProposals, PathwayService pathways,
            PathwayTasks tasks, TaskService taskService, PathwayProposalRepository proposals, PeopleDirectory people,
            StudentProgress progress, UserDetailsService accounts) {
        this.enabled = demo && withProposals;
        this.pathways = pathways;
        this.tasks = tasks;
        this.taskService = taskService;
        this.proposals = proposals;
        this.people = people;
        this.progress = progress;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || proposals.count() > 0) {
            return;
        }
        Deque<StudentView> students = new ArrayDeque<>();
        for (int n = 7; n <= 60; n++) {
            people.studentOfAccount("student" + n).filter(s -> s.counselorId() != null).ifPresent(students::add);
        }
        int made = 0;
        for (Stage stage : Stage.values()) {
            if (madeAt(stage, students)) {
                made++;
            }
        }
        log.info("Demo pathways: {} proposals waiting at different steps of the workflow", made);
    }

    /** The first student (taken from the queue) for whom a proposal can reach the stage; false if none could. */
    private boolean madeAt(Stage stage, Deque<StudentView> students) {
        while (!students.isEmpty()) {
            StudentView student = students.poll();
            Optional<ProposalRequest> request = requestFor(stage, student);
            if (request.isEmpty()) {
                continue;
            }
            Viewer me = new Viewer(student.username(), Role.STUDENT);
            var eligibility = pathways.eligibilityOf(me, request.get());
            if (!eligibility.eligible() || eligibility.guardianConsentNeeded() != (stage == Stage.GUARDIAN_CONSENT)) {
                continue;
            }
            long id = pathways.submit(me, pathways.draft(me, request.get()).id()).id();
            advance(stage, me, id);
            return true;
        }
        return false;
    }

    private Optional<ProposalRequest> requestFor(Stage stage, StudentView student) {
        return progress.progressOf(student.id()).competencies().stream()
                .filter(c -> !c.mastered() && ("READY".equals(c.status()) || "IN_PROGRESS".equals(c.status())))
                .findFirst().map(target -> stage == Stage.GUARDIAN_CONSENT
                        ? new ProposalRequest(PathwayType.INTERNSHIP, "Veterinary clinic internship",
                                "Help the clinic team care for animals and keep records", "Riverside Animal Clinic",
                                "Dr. Priya Shah", "pshah@clinic.example.org", LocalDate.now().plusDays(21),
                                LocalDate.now().plusDays(110), BigDecimal.valueOf(60), true,
                                "A care log and a presentation to the science class", new BigDecimal("0.5"),
                                "ELECTIVES", List.of(target.id()), Transport.FAMILY, "A parent drives, 15 minutes")
                        : new ProposalRequest(PathwayType.ONLINE_COURSE, "Online course: " + target.title(),
                                "A college-level online course with weekly projects", "Connecticut State Online",
                                null, null, stage == Stage.UNDER_WAY ? LocalDate.now().minusDays(10)
                                        : LocalDate.now().plusDays(14), LocalDate.now().plusDays(90),
                                BigDecimal.valueOf(20), false, "The course's projects, shown to the teacher",
                                new BigDecimal("0.5"), "ELECTIVES", List.of(target.id())));
    }

    private void advance(Stage stage, Viewer student, long id) {
        switch (stage) {
            case TEACHER_REVIEW -> { }
            case REVISION -> decide(id, PathwayStep.TEACHER_REVIEW, "CHANGES", "Say which projects you will show me, please");
            case COUNSELOR_APPROVAL -> decide(id, PathwayStep.TEACHER_REVIEW, "APPROVE", "A good fit for this competency");
            case GUARDIAN_CONSENT, UNDER_WAY -> {
                decide(id, PathwayStep.TEACHER_REVIEW, "APPROVE", "A good fit for this competency");
                decide(id, PathwayStep.COUNSELOR_APPROVAL, "APPROVE", "Fits the plan");
                if (stage == Stage.UNDER_WAY) {
                    pathways.logHours(student, id, LocalDate.now().minusDays(9), new BigDecimal("2.5"), "First module");
                    pathways.logHours(student, id, LocalDate.now().minusDays(3), new BigDecimal("2"), "Second module");
                }
            }
        }
    }

    /** The step decided by the first of the people it waits for, as they would from their task page. */
    private void decide(long proposalId, PathwayStep step, String decision, String comment) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(proposalId))
                .taskDefinitionKey(step.id()).singleResult();
        String decider = taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> link.getUserId() != null).map(IdentityLink::getUserId).sorted().findFirst()
                .orElseThrow(() -> new IllegalStateException("Nobody may decide " + step + " of " + proposalId));
        var account = accounts.loadUserByUsername(decider);
        Viewer viewer = Viewer.of(new UsernamePasswordAuthenticationToken(decider, null, account.getAuthorities()));
        tasks.decide(viewer, task.getId(), new TaskDecision(decision, comment, null));
    }
}
