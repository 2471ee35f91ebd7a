package org.pathwayplanner.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.demo.DemoDistrict;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.RosterEntry;
import org.pathwayplanner.rules.Evaluation;
import org.pathwayplanner.rules.FrameworkFacts;
import org.pathwayplanner.rules.RuleEngineVariants;
import org.pathwayplanner.rules.RuleSet;
import org.pathwayplanner.rules.StudentEvaluator;
import org.pathwayplanner.rules.StudentInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The rule sessions' CPU per student for ways of compiling the same rules (docs/performance.md, "Engine-level
 * directions"): the same students of a generated district, read once, evaluated on each variant in turn, rounds
 * alternating the variants so that a busy machine weighs on all of them alike. Also the time each variant takes to
 * compile, and whether its evaluations equal the application's. Run:
 * {@code ./mvnw -Pbench test -Dtest=RuleEngineProbe -Dsurefire.failIfNoSpecifiedTests=false}
 * (-Dprobe.variants=mvel,exec,... to choose; -Dprobe.students, -Dprobe.rounds).
 */
@Tag("benchmark")
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:file:./target/bench/probe;DB_CLOSE_ON_EXIT=FALSE",
        "pathway-planner.demo.enabled=false",
        "pathway-planner.evaluate-on-start=false"})
class RuleEngineProbe {

    private static final int DISTRICT = Integer.getInteger("probe.district", 1_000);
    private static final int STUDENTS = Integer.getInteger("probe.students", 400);
    private static final int ROUNDS = Integer.getInteger("probe.rounds", 3);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    @Autowired
    DemoDistrict demo;
    @Autowired
    PeopleDirectory people;
    @Autowired
    ProgressFacts facts;

    @Test
    void ruleSessionCpuPerStudentForEachWayOfCompilingTheRules() {
        demo.generate(DISTRICT, 20261124L);
        FrameworkFacts framework = facts.framework();
        List<RosterEntry> roster = people.roster();
        List<StudentInput> students = new ArrayList<>();
        for (int i = 0; i < STUDENTS; i++) {
            students.add(facts.student(roster.get((int) ((long) i * roster.size() / STUDENTS))));
        }
        System.out.printf("PROBE %d students, %d scores; load average %.1f at the start%n", students.size(),
                students.stream().mapToInt(s -> s.scores().size()).sum(), OS.getSystemLoadAverage());

        Map<String, String> shipped = RuleEngineVariants.shipped();
        Map<String, String> cast = RuleEngineVariants.castForTheExecutableModel(shipped);
        Map<String, Supplier<RuleSet>> all = new LinkedHashMap<>();
        all.put("mvel", () -> RuleEngineVariants.mvel(shipped));
        all.put("mvel-cast", () -> RuleEngineVariants.mvel(cast));
        all.put("exec", () -> RuleEngineVariants.executableModel(cast));
        all.put("exec-anc", () -> RuleEngineVariants.executableModelWith(cast, "drools.alphaNetworkCompiler", "INMEMORY"));
        all.put("sequential", () -> RuleEngineVariants.mvelWith(shipped, "sequential", RuleEngineVariants.sequential()));
        all.put("equality", () -> RuleEngineVariants.mvelWith(shipped, "equality", RuleEngineVariants.equality()));
        all.put("propspecific-allowed",
                () -> RuleEngineVariants.mvelWithProperty(shipped, "drools.propertySpecific", "ALLOWED"));
        List<String> chosen = List.of(System.getProperty("probe.variants", "mvel,exec").split(","));

        // Compile times, alternating the variants (what a publish, a validation or a preview waits for)
        int compileRounds = Integer.getInteger("probe.compileRounds", 0);
        for (int round = 0; round < compileRounds; round++) {
            for (String name : chosen) {
                long cpu = THREADS.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                all.get(name).get().release();
                System.out.printf("PROBE compile round %d %s: %d ms wall, %d ms thread CPU%n", round + 1, name,
                        (System.nanoTime() - start) / 1_000_000, (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000);
            }
        }
        if (Boolean.getBoolean("probe.sequential")) {
            sequentialAgainstStateful(shipped, framework, students);
        }

        Map<String, RuleSet> rules = new LinkedHashMap<>();
        for (String name : chosen) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            try {
                rules.put(name, all.get(name).get());
                System.out.printf("PROBE compile %s: %d ms wall, %d ms thread CPU%n", name,
                        (System.nanoTime() - start) / 1_000_000, (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000);
            } catch (RuntimeException failed) {
                System.out.printf("PROBE compile %s FAILED: %s%n", name, failed.getMessage());
            }
        }

        Map<Long, String> expected = new LinkedHashMap<>();
        RuleSet reference = rules.get(chosen.get(0));
        for (StudentInput student : students) {
            expected.put(student.student().studentId(), normalised(StudentEvaluator.evaluate(reference, framework, student),
                    reference));
        }
        // warm-up: JIT for every variant
        for (RuleSet ruleSet : rules.values()) {
            for (int i = 0; i < 2; i++) {
                students.forEach(student -> StudentEvaluator.evaluate(ruleSet, framework, student));
            }
        }
        Map<String, List<String>> perRound = new LinkedHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (Map.Entry<String, RuleSet> variant : rules.entrySet()) {
                RuleSet ruleSet = variant.getValue();
                int differing = 0;
                long cpu = 0;
                for (StudentInput student : students) {
                    long before = THREADS.getCurrentThreadCpuTime();
                    Evaluation evaluation = StudentEvaluator.evaluate(ruleSet, framework, student);
                    cpu += THREADS.getCurrentThreadCpuTime() - before;
                    if (!normalised(evaluation, ruleSet).equals(expected.get(student.student().studentId()))) {
                        differing++;
                    }
                }
                String figure = String.format("%.2f ms", cpu / 1e6 / students.size());
                perRound.computeIfAbsent(variant.getKey(), k -> new ArrayList<>()).add(figure);
                System.out.printf("PROBE round %d %s: %s of thread CPU per student; %d students' results differ from %s%n",
                        round + 1, variant.getKey(), figure, differing, chosen.get(0));
            }
        }
        perRound.forEach((name, figures) -> System.out.printf("PROBE %s: %s%n", name, String.join(" / ", figures)));
        System.out.printf("PROBE load average %.1f at the end%n", OS.getSystemLoadAverage());
        rules.values().forEach(RuleSet::release);
        assertThat(rules).isNotEmpty();
    }

    /** Sequential mode needs a stateless session: what it derives against the stateful session's, student by student. */
    private static void sequentialAgainstStateful(Map<String, String> shipped, FrameworkFacts framework,
            List<StudentInput> students) {
        RuleSet stateful = RuleEngineVariants.mvel(shipped);
        RuleSet sequential = RuleEngineVariants.mvelWith(shipped, "sequential", RuleEngineVariants.sequential());
        int differing = 0;
        Map<String, Integer> statefulTotal = new java.util.TreeMap<>();
        Map<String, Integer> sequentialTotal = new java.util.TreeMap<>();
        for (StudentInput student : students) {
            Map<String, Integer> a = RuleEngineVariants.factsAfterFiring(stateful, framework, student, false);
            Map<String, Integer> b = RuleEngineVariants.factsAfterFiring(sequential, framework, student, true);
            if (!a.equals(b)) {
                differing++;
            }
            a.forEach((type, count) -> statefulTotal.merge(type, count, Integer::sum));
            b.forEach((type, count) -> sequentialTotal.merge(type, count, Integer::sum));
        }
        System.out.printf("PROBE sequential: %d of %d students hold other facts after firing than in the stateful "
                + "session%nPROBE   stateful:   %s%nPROBE   sequential: %s%n", differing, students.size(), statefulTotal,
                sequentialTotal);
        stateful.release();
        sequential.release();
    }

    private static String normalised(Evaluation evaluation, RuleSet rules) {
        return evaluation.toString().replace(rules.version(), "VERSION");
    }
}
