package org.pathwayplanner.records;

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
import org.pathwayplanner.bench.BenchClients;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the records of access cost a page: 50 signed-in administrators at once on students' pages (each request is
 * one line of the log), rounds with the log recording and rounds without, alternated so that whatever else runs on
 * the machine weighs on both alike. Run with {@code ./mvnw -Pbench test -Dtest=AccessLogBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:access-bench;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=256",
        "pathway-planner.demo.students=200", "logging.level.org.pathwayplanner=warn"})
class AccessLogBenchmark {

    static final int USERS = 50;
    static final int REQUESTS_PER_USER = 20;
    static final int ROUNDS = 4;

    @LocalServerPort
    int port;
    @Autowired
    AccessLog log;
    @Autowired
    JdbcTemplate jdbc;

    record Round(boolean recording, double p50, double p95, double perSecond, double cpuMillis) {
    }

    @Test
    void studentPagesWithAndWithoutTheRecordsOfAccess() throws Exception {
        List<Long> students = jdbc.queryForList("select id from student order by id", Long.class);
        List<HttpClient> sessions = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            sessions.add(clients().signedIn("admin"));
        }
        for (int w = 0; w < 2; w++) {
            run(sessions, students, w == 0);   // warm-up: JIT, caches, both paths
        }
        log.flush();
        long writtenBefore = log.written();
        long writingBefore = log.writingNanos();
        List<Round> rounds = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            // on-off, then off-on: a machine that warms up (JIT) or gets busier during the run favours neither
            for (boolean recording : r % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true}) {
                log.recording(recording);
                rounds.add(run(sessions, students, recording));
            }
        }
        log.recording(true);
        log.flush();
        rounds.forEach(r -> System.out.printf("BENCH records of access %s: p50 %.1f ms, p95 %.1f ms, %.0f requests/s,"
                + " %.2f ms CPU per request%n", r.recording() ? "on " : "off", r.p50(), r.p95(), r.perSecond(),
                r.cpuMillis()));
        System.out.printf("BENCH records of access on/off (medians of %d rounds): p50 %.2f, p95 %.2f, throughput %.2f,"
                + " CPU per request %.2f; lines written %d, lost %d%n", ROUNDS,
                median(rounds, true, Round::p50) / median(rounds, false, Round::p50),
                median(rounds, true, Round::p95) / median(rounds, false, Round::p95),
                median(rounds, true, Round::perSecond) / median(rounds, false, Round::perSecond),
                median(rounds, true, Round::cpuMillis) / median(rounds, false, Round::cpuMillis),
                log.written(), log.lost());
        long lines = log.written() - writtenBefore;
        System.out.printf("BENCH records of access writer: %d lines in %.0f ms of CPU for batch inserts, %.1f µs a line%n",
                lines, (log.writingNanos() - writingBefore) / 1e6, (log.writingNanos() - writingBefore) / 1e3 / lines);
        assertThat(log.lost()).isZero();
    }

    private Round run(List<HttpClient> sessions, List<Long> students, boolean recording) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService users = Executors.newFixedThreadPool(USERS);
        List<Future<?>> runs = new ArrayList<>();
        long cpuStarted = BenchClients.processCpuNanos();
        long started = System.nanoTime();
        for (int u = 0; u < sessions.size(); u++) {
            HttpClient session = sessions.get(u);
            int user = u;
            runs.add(users.submit(() -> {
                for (int r = 0; r < REQUESTS_PER_USER; r++) {
                    long student = students.get((user * REQUESTS_PER_USER + r) % students.size());
                    long start = System.nanoTime();
                    assertThat(clients().get(session, "/students/" + student)).isEqualTo(200);
                    latencies.add(System.nanoTime() - start);
                }
                return null;
            }));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuMillis = (BenchClients.processCpuNanos() - cpuStarted) / 1e6 / latencies.size();
        users.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Round(recording, sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.95)) / 1e6,
                sorted.size() / seconds, cpuMillis);
    }

    private static double median(List<Round> rounds, boolean recording,
            java.util.function.ToDoubleFunction<Round> value) {
        double[] values = rounds.stream().filter(r -> r.recording() == recording).mapToDouble(value).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    private BenchClients clients() {
        return new BenchClients(port);
    }
}
