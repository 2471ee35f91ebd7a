package org.pathwayplanner.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.pathways.PathwayService;
import org.pathwayplanner.pathways.PathwayTasks;
import org.pathwayplanner.pathways.PathwayType;
import org.pathwayplanner.pathways.PathwayViews.ProposalView;
import org.pathwayplanner.pathways.ProposalRequest;
import org.pathwayplanner.pathways.TaskDecision;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Complete proposal lifecycles — submit, eligibility, teacher, counselor, active, completion, assessment,
 * credit — through the real engine on H2, several threads at once. Run with {@code ./mvnw -Pbench verify}.
 */
@Tag("benchmark")
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:pathway-bench;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=256",
        "pathway-planner.demo.students=1200",
        "camunda.bpm.job-execution.enabled=false"})
class PathwayLifecycleBenchmark {

    static final int THREADS = Integer.getInteger("bench.threads", 4);

    @Autowired
    PathwayService pathways;
    @Autowired
    PathwayTasks tasks;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtime;
    @Autowired
    PeopleDirectory people;
    @Autowired
    StudentProgress progress;

    record Case(Viewer student, long target, String teacher, String counselor) {
    }

    @Test
    void lifecyclesPerSecond() throws Exception {
        List<Case> cases = cases();
        int warmup = 100;
        run(cases.subList(0, warmup));
        List<Case> measured = cases.subList(warmup, cases.size());

        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        run(measured);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;

        // Wall-clock throughput depends on what else runs on the machine; CPU time per lifecycle does not.
        // With the machine to itself, N cores complete about N / (CPU seconds per lifecycle) per second.
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("BENCH pathway lifecycles: %d in %.1f s on %d threads = %.0f lifecycles/s; "
                        + "%.2f ms CPU per lifecycle = %.0f lifecycles/s on %d idle cores%n",
                measured.size(), seconds, THREADS, measured.size() / seconds,
                cpuSeconds * 1000 / measured.size(), cores * measured.size() / cpuSeconds, cores);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private void run(List<Case> cases) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<String>> results = new ArrayList<>();
        for (Case c : cases) {
            results.add(pool.submit(() -> lifecycle(c)));
        }
        for (Future<String> result : results) {
            assertThat(result.get()).isEqualTo("COMPLETED");
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
    }

    private String lifecycle(Case c) {
        ProposalView draft = pathways.draft(c.student(), new ProposalRequest(PathwayType.ONLINE_COURSE,
                "Online course", null, "Open University", null, null, LocalDate.now().minusDays(7),
                LocalDate.now().plusDays(90), BigDecimal.valueOf(40), false, "Course projects", new BigDecimal("0.5"), "STEM",
                List.of(c.target())));
        ProposalView proposal = pathways.submit(c.student(), draft.id());
        String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(proposal.id()))
                .singleResult().getId();
        decide(c.teacher(), Role.TEACHER, process, "TeacherReview", new TaskDecision("APPROVE", null, null));
        decide(c.counselor(), Role.COUNSELOR, process, "CounselorApproval", new TaskDecision("APPROVE", null, null));
        pathways.logHours(c.student(), proposal.id(), proposal.startDate(), BigDecimal.valueOf(20), "Course work");
        pathways.logHours(c.student(), proposal.id(), proposal.startDate().plusDays(1), BigDecimal.valueOf(20),
                "Course project");
        pathways.markComplete(c.student(), proposal.id(), null);
        decide(c.teacher(), Role.TEACHER, process, "AssessPathway",
                new TaskDecision("ASSESS", null, Map.of(c.target(), 3)));
        return pathways.proposal(c.student(), proposal.id()).status();
    }

    /** The reviewer's task as their inbox lists it: by the proposal's process instance and the step. */
    private void decide(String who, Role role, String process, String step, TaskDecision decision) {
        String taskId = taskService.createTaskQuery().processInstanceId(process).taskDefinitionKey(step)
                .singleResult().getId();
        tasks.decide(new Viewer(who, role), taskId, decision);
    }

    /** One proposal per student, for a competency they may start: no caps, no competency mastered twice. */
    private List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (var entry : people.roster()) {
            var student = people.student(entry.studentId()).orElseThrow();
            var target = progress.progressOf(student.id()).competencies().stream()
                    .filter(c -> c.areaCode() != null && !"MASTERED".equals(c.status()) && !"LOCKED".equals(c.status()))
                    .filter(c -> c.missingPrerequisites().isEmpty()).findFirst();
            if (target.isEmpty()) {
                continue;
            }
            List<String> teachers = people.teachersOfStudentIn(student.id(), List.of(target.get().areaCode()));
            cases.add(new Case(new Viewer(student.username(), Role.STUDENT), target.get().id(), teachers.get(0),
                    people.counselorUsernameOf(student.id()).orElseThrow()));
        }
        return cases;
    }
}
