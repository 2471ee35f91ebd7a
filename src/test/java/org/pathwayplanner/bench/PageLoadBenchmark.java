package org.pathwayplanner.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 50 signed-in users at once on the student dashboard and the counselor caseload, over HTTP on loopback
 * against the embedded server and the demo district. Run with {@code ./mvnw -Pbench verify}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:page-bench;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=256",
        "pathway-planner.demo.students=${bench.students:200}", "logging.level.org.pathwayplanner=warn"})
class PageLoadBenchmark {

    static final int USERS = 50;
    static final int REQUESTS_PER_USER = 20;

    @LocalServerPort
    int port;

    @Test
    void dashboardAndCaseloadUnderFiftyConcurrentUsers() throws Exception {
        String only = System.getProperty("bench.page", "");   // "dashboard" or "caseload" to measure one page
        for (int thinkMillis : new int[] {0, 1000}) {
            if (!only.equals("caseload")) {
                measure("student dashboard", i -> i % 3 == 0 ? "student1" : "student" + (2 + i), "/student", thinkMillis);
            }
            if (!only.equals("dashboard")) {
                measure("counselor caseload", i -> "counselor" + (1 + i % 4), "/counselor", thinkMillis);
            }
        }
    }

    private void measure(String page, java.util.function.IntFunction<String> user, String path, int thinkMillis)
            throws Exception {
        List<HttpClient> sessions = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            sessions.add(clients().signedIn(user.apply(i)));
        }
        for (HttpClient session : sessions) {
            clients().get(session, path);   // warm-up: JIT, caches
        }
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService users = Executors.newFixedThreadPool(USERS);
        List<Future<?>> runs = new ArrayList<>();
        long cpuStarted = BenchClients.processCpuNanos();
        long started = System.nanoTime();
        for (HttpClient session : sessions) {
            runs.add(users.submit(() -> {
                for (int r = 0; r < REQUESTS_PER_USER; r++) {
                    long start = System.nanoTime();
                    assertThat(clients().get(session, path)).isEqualTo(200);
                    latencies.add(System.nanoTime() - start);
                    Thread.sleep(thinkMillis);
                }
                return null;
            }));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuMillisPerRequest = (BenchClients.processCpuNanos() - cpuStarted) / 1e6 / latencies.size();
        users.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("BENCH %s, %d users x %d requests, think time %d ms: p50 %.0f ms, p95 %.0f ms, p99 %.0f ms,"
                + " %.0f requests/s, %.2f ms CPU per request (whole process, load generator included), load %.1f%n",
                page, USERS, REQUESTS_PER_USER, thinkMillis, sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) (sorted.size() * 0.95)) / 1e6, sorted.get((int) (sorted.size() * 0.99)) / 1e6,
                sorted.size() / seconds, cpuMillisPerRequest,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private BenchClients clients() {
        return new BenchClients(port);
    }
}
