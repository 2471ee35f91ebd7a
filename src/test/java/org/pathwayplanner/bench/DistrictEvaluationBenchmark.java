package org.pathwayplanner.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.demo.DemoDistrict;
import org.pathwayplanner.evidence.EvidenceHistory;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.progress.DistrictEvaluation;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The district-wide evaluation against the bare streaming read of the same evidence, on a generated
 * district. Run with {@code ./mvnw -Pbench verify} (size: -Dbench.students=50000). Prints figures; the
 * goals are in docs/performance.md. Not part of the normal test run.
 */
@Tag("benchmark")
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:file:./target/bench/district;DB_CLOSE_ON_EXIT=FALSE",
        "pathway-planner.demo.enabled=false",
        "pathway-planner.evaluate-on-start=false",
        "logging.level.org.pathwayplanner=info"})
class DistrictEvaluationBenchmark {

    static final int STUDENTS = Integer.getInteger("bench.students", 50_000);
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    @Autowired
    DemoDistrict demo;
    @Autowired
    EvidenceHistory evidence;
    @Autowired
    DistrictEvaluation district;
    @Autowired
    StudentProgress progress;
    @Autowired
    PeopleDirectory people;

    @Test
    void fullDistrictEvaluationAgainstTheStreamingReadBaseline() {
        long generateStart = System.nanoTime();
        demo.generate(STUDENTS, 20261124L);
        report("generate (or reuse) district", generateStart);
        assertThat(people.countStudents()).isEqualTo(STUDENTS);

        // warm-up: JIT, caches, the H2 page cache
        streamOnce();
        streamOnce();

        System.out.printf("BENCH machine: %d cores, load average %.1f at the start%n", OS.getAvailableProcessors(),
                OS.getSystemLoadAverage());
        long baselineStart = System.nanoTime();
        long baselineCpuStart = OS.getProcessCpuTime();
        long rows = streamOnce();
        long baselineMs = millisSince(baselineStart);
        long baselineCpuMs = (OS.getProcessCpuTime() - baselineCpuStart) / 1_000_000;
        System.out.printf("BENCH baseline streaming read: %d score rows in %d ms (process CPU %d ms)%n", rows,
                baselineMs, baselineCpuMs);

        DistrictEvaluation.Result cold = district.evaluateAllWithoutImpact(done -> { });
        System.out.printf("BENCH district evaluation, first run (cold JIT): %d ms%n", cold.millis());

        HeapWatch heap = HeapWatch.start();
        long evaluationStart = System.nanoTime();
        long evaluationCpuStart = OS.getProcessCpuTime();
        DistrictEvaluation.Result result = district.evaluateAllWithoutImpact(done -> { });
        long evaluationMs = millisSince(evaluationStart);
        long evaluationCpuMs = (OS.getProcessCpuTime() - evaluationCpuStart) / 1_000_000;
        long peakHeap = heap.stop();
        System.out.printf("BENCH district evaluation: %d students in %d ms (%.2fx the baseline); heap peak %d MiB%n",
                result.students(), evaluationMs, (double) evaluationMs / Math.max(1, baselineMs), peakHeap >> 20);
        // On shared cores the wall-clock ratio moves with the other loads; the CPU ratio much less.
        System.out.printf("BENCH   process CPU %d ms (%.2fx the baseline's CPU), %.2f ms of CPU per student%n",
                evaluationCpuMs, (double) evaluationCpuMs / Math.max(1, baselineCpuMs),
                (double) evaluationCpuMs / Math.max(1, result.students()));
        System.out.printf("BENCH   of which rules (CPU, all threads) %d ms = %.2f ms per student, storing %d ms%n",
                result.rulesCpuMillis(), (double) result.rulesCpuMillis() / Math.max(1, result.students()),
                result.storeMillis());

        // As after a rules publish: every student also compared with their stored results to report the impact.
        long comparedStart = System.nanoTime();
        DistrictEvaluation.Result compared = district.evaluateAll(done -> { });
        long comparedMs = millisSince(comparedStart);
        System.out.printf("BENCH district evaluation with impact: %d ms (%.2fx the baseline), comparing %d ms%n",
                comparedMs, (double) comparedMs / Math.max(1, baselineMs), compared.compareMillis());
        long[] samples = singleStudentSamples(1_000);
        System.out.printf("BENCH one student warm: p50 %.2f ms, p99 %.2f ms (evaluate + store)%n",
                samples[samples.length / 2] / 1e6, samples[(int) (samples.length * 0.99)] / 1e6);
        System.out.printf("BENCH machine: load average %.1f at the end%n", OS.getSystemLoadAverage());
        assertThat(result.students()).isEqualTo(STUDENTS);
    }

    private long streamOnce() {
        AtomicLong rows = new AtomicLong();
        evidence.streamAllScores(row -> rows.incrementAndGet());
        return rows.get();
    }

    private long[] singleStudentSamples(int count) {
        var ids = people.roster().stream().map(r -> r.studentId()).limit(200).toList();
        for (int i = 0; i < 300; i++) {
            progress.evaluate(ids.get(i % ids.size()));
        }
        long[] samples = new long[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            progress.evaluate(ids.get(i % ids.size()));
            samples[i] = System.nanoTime() - start;
        }
        Arrays.sort(samples);
        return samples;
    }

    private static void report(String what, long start) {
        System.out.printf("BENCH %s: %d ms%n", what, millisSince(start));
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Samples used heap every 50 ms on a daemon thread; reports the peak. */
    static final class HeapWatch {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;
        private final Thread thread = new Thread(() -> {
            while (running) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });

        static HeapWatch start() {
            System.gc();
            HeapWatch watch = new HeapWatch();
            watch.thread.setDaemon(true);
            watch.thread.start();
            return watch;
        }

        long stop() {
            running = false;
            return peak.get();
        }
    }
}
