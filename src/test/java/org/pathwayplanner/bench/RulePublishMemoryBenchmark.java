package org.pathwayplanner.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.rules.RuleBook;
import org.pathwayplanner.rules.StudentEvaluator;

/** 200 publishes in a row (compile, swap, release): memory after each hundred must not keep growing. */
@Tag("benchmark")
class RulePublishMemoryBenchmark {

    @Test
    void twoHundredPublishesDoNotAccumulateRuleBases() throws Exception {
        Map<String, String> sources = RuleBook.read(Path.of("rules"));
        StudentEvaluator evaluator = new StudentEvaluator(RuleBook.compile(sources, "v0"));
        long[] usedAfter = new long[3];
        usedAfter[0] = usedAfterGc();
        long started = System.nanoTime();
        for (int i = 1; i <= 200; i++) {
            evaluator.swap(RuleBook.compile(sources, "v" + i)).release();
            if (i % 100 == 0) {
                usedAfter[i / 100] = usedAfterGc();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("BENCH 200 publishes in %.0f s (%.0f ms each); heap used after GC: start %d MiB, "
                + "after 100 %d MiB, after 200 %d MiB%n", seconds, seconds * 5, usedAfter[0] >> 20, usedAfter[1] >> 20,
                usedAfter[2] >> 20);
        assertThat(usedAfter[2]).isLessThan(usedAfter[1] + (64L << 20));
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
