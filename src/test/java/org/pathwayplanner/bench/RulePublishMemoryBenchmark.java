package org.pathwayplanner.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.policy.RulePublisher;
import org.pathwayplanner.rules.RuleSet;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 200 publishes in a row through the real publisher (safety check, compile, save the version, swap, release,
 * recompute the demo district): the rule sets not yet disposed stay a handful and the heap after each hundred
 * must not keep growing beyond what the stored versions themselves take. Run with
 * {@code ./mvnw -Pbench test -Dtest=RulePublishMemoryBenchmark}; the default build keeps the faster
 * weak-reference test {@code RuleBookTest.replacedRuleSetsAreReleasedNotKept}.
 */
@Tag("benchmark")
@PlannerTest
class RulePublishMemoryBenchmark {

    static final int PUBLISHES = Integer.getInteger("bench.publishes", 200);

    @Autowired
    RulePublisher publisher;

    @Test
    void twoHundredPublishesDoNotAccumulateRuleBases() throws Exception {
        int original = publisher.activeVersion().getVersionNo();
        Map<String, String> shipped = publisher.activeVersion().getFiles();
        long[] usedAfter = new long[3];
        int[] liveAfter = new int[3];
        usedAfter[0] = usedAfterGc();
        liveAfter[0] = RuleSet.live();
        long started = System.nanoTime();
        RulePublisher.Publication last = null;
        for (int i = 1; i <= PUBLISHES; i++) {
            Map<String, String> draft = new HashMap<>(shipped);
            draft.put("mastery.drl", shipped.get("mastery.drl") + "\n// publish " + i + "\n");
            publisher.preview("admin", draft);   // the publish gate admits only a previewed draft
            last = publisher.publish("admin", draft, "Benchmark publish " + i);
            if (i % (PUBLISHES / 2) == 0) {
                last.recomputed().get(5, TimeUnit.MINUTES);
                usedAfter[i / (PUBLISHES / 2)] = usedAfterGc();
                liveAfter[i / (PUBLISHES / 2)] = RuleSet.live();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("BENCH %d publishes through the publisher in %.0f s (%.0f ms each); heap used after GC: "
                + "start %d MiB, after %d %d MiB, after %d %d MiB; rule sets not disposed: %d, %d, %d%n", PUBLISHES,
                seconds, seconds * 1000 / PUBLISHES, usedAfter[0] >> 20, PUBLISHES / 2, usedAfter[1] >> 20, PUBLISHES,
                usedAfter[2] >> 20, liveAfter[0], liveAfter[1], liveAfter[2]);
        long active = publisher.versions().stream().filter(v -> v.isActive()).count();
        publisher.rollback("admin", original, "End of the benchmark").recomputed().get(5, TimeUnit.MINUTES);

        assertThat(active).as("versions marked active").isEqualTo(1);
        assertThat(liveAfter[2]).isLessThanOrEqualTo(liveAfter[0] + 1);
        // each stored version holds its files (about 33 KB of text) in the in-memory database: 100 versions ≈ 3-7 MiB
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
