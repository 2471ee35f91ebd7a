package org.pathwayplanner.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.demo.DemoDistrict;
import org.pathwayplanner.policy.RulePublisher;
import org.pathwayplanner.progress.DistrictEvaluation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pages of a 50,000-student district under 50 users: each page (a) with 50 users at a human pace (a think time of
 * 1 to 3 s, uniformly drawn, between one user's requests) and (b) with 50 requests always in flight (no think time),
 * every user signed in with their own session as a realistic account of the role (the administrator; counselors with
 * about 400 students; teachers on one of their own sections; students). The baseline, measured in the same run and
 * the same way, is the login page for someone not signed in (no database, a small template): each page's figures are
 * also given as a ratio to it. The district is the generated one of {@link DistrictEvaluationBenchmark} in
 * {@code target/bench/} (made and evaluated on the first run, reused after). Then the rules preview's first response,
 * once, by one administrator. Run with
 * {@code ./mvnw -Pbench test -Dtest=DistrictPageLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; size
 * {@code -Dbench.students} (default 50,000), seconds per measurement {@code -Dbench.seconds} (default 30), only some
 * pages {@code -Dbench.pages=admin,people,...}, no preview {@code -Dbench.preview=false}, H2's page cache in KB
 * {@code -Dbench.h2CacheKb} (default H2's 16 MB).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/bench/district;DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=${bench.h2CacheKb:16384}",
        "pathway-planner.demo.enabled=false",
        "pathway-planner.evaluate-on-start=false",
        "logging.level.org.pathwayplanner=warn"})
class DistrictPageLoadBenchmark {

    static final int STUDENTS = Integer.getInteger("bench.students", 50_000);
    static final int USERS = 50;
    static final int SECONDS = Integer.getInteger("bench.seconds", 30);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    @LocalServerPort
    int port;
    @Autowired
    DemoDistrict demo;
    @Autowired
    DistrictEvaluation evaluation;
    @Autowired
    RulePublisher publisher;
    @Autowired
    JdbcTemplate jdbc;

    /** One page: its name, who asks (user number → username) and what (user number → path). */
    record Page(String key, String name, Function<Integer, String> user, Function<Integer, String> path) {
    }

    /** The figures of one measurement. */
    record Figures(int requests, double p50, double p95, double p99, double perSecond, long bytesPerPage,
            double cpuPerRequest, double loadStart, double loadEnd) {
    }

    @Test
    void districtPagesUnderFiftyUsers() throws Exception {
        prepareDistrict();
        System.out.printf("BENCH machine: %d cores, Java %s, max heap %d MiB, load average %.1f at the start%n",
                OS.getAvailableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, OS.getSystemLoadAverage());

        List<String> counselors = jdbc.queryForList("""
                select a.username from staff_member m join user_account a on a.id = m.account_id
                 where m.kind = 'COUNSELOR'
                   and (select count(*) from student s where s.counselor_id = m.id) between 350 and 450
                 order by a.username""", String.class);
        List<String[]> teacherSections = jdbc.query("""
                select a.username, cs.id from class_section cs join staff_member m on m.id = cs.teacher_id
                  join user_account a on a.id = m.account_id order by cs.id""",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2)});
        List<String> students = jdbc.queryForList("""
                select a.username from student s join user_account a on a.id = s.account_id
                  join student_progress p on p.student_id = s.id order by s.id""", String.class);
        List<String> searches = jdbc.queryForList(
                "select distinct lower(last_name) from student order by 1 fetch first 200 rows only", String.class);
        assertThat(counselors).as("counselors with about 400 students").isNotEmpty();
        System.out.printf("BENCH district: %d counselors with 350-450 students, %d sections, %d students evaluated%n",
                counselors.size(), teacherSections.size(), students.size());

        List<String[]> spread = spread(teacherSections, USERS);
        List<String> someStudents = spread(students, USERS);
        List<Page> pages = List.of(
                new Page("baseline", "baseline: login page, not signed in", i -> null, i -> "/login"),
                new Page("admin", "administrator's home with the district's figures", i -> "admin", i -> "/admin"),
                new Page("people", "people page", i -> "admin", i -> "/admin/people"),
                new Page("search", "people page, a search", i -> "admin",
                        i -> "/admin/people?find=" + searches.get(ThreadLocalRandom.current().nextInt(searches.size()))),
                new Page("caseload", "counselor's caseload (350-450 students)",
                        i -> counselors.get(i % counselors.size()), i -> "/counselor"),
                new Page("dashboard", "student's dashboard", someStudents::get, i -> "/student"),
                new Page("grid", "teacher's evidence grid", i -> spread.get(i)[0],
                        i -> "/teacher/sections/" + spread.get(i)[1] + "/evidence"));
        Set<String> only = Set.of(System.getProperty("bench.pages", "").split(","));

        Map<String, Figures[]> results = new LinkedHashMap<>();
        for (Page page : pages) {
            if (!page.key().equals("baseline") && !only.equals(Set.of("")) && !only.contains(page.key())) {
                continue;
            }
            Figures paced = measure(page, true);
            Figures stress = measure(page, false);
            results.put(page.name(), new Figures[] {paced, stress});
        }
        Figures[] baseline = results.get(pages.get(0).name());
        System.out.println("BENCH | page | pace | p50 | p95 | p99 | requests/s | bytes | CPU/request | load avg |");
        results.forEach((name, figures) -> {
            for (int k = 0; k < 2; k++) {
                Figures f = figures[k];
                Figures b = baseline[k];
                System.out.printf("BENCH | %s | %s | %.0f ms (%.1f×) | **%.0f ms** (%.1f×) | %.0f ms (%.1f×) | %.0f (%.2f×) | %,d | "
                                + "%.1f ms | %.1f–%.1f |%n", name, k == 0 ? "human (1–3 s)" : "50 in flight",
                        f.p50(), f.p50() / b.p50(), f.p95(), f.p95() / b.p95(), f.p99(), f.p99() / b.p99(),
                        f.perSecond(), f.perSecond() / b.perSecond(), f.bytesPerPage(), f.cpuPerRequest(), f.loadStart(),
                        f.loadEnd());
            }
        });
        if (Boolean.parseBoolean(System.getProperty("bench.preview", "true"))) {
            previewFirstResponse();
        }
        System.out.printf("BENCH machine: load average %.1f at the end%n", OS.getSystemLoadAverage());
    }

    /** Generates the district unless target/bench holds it, and evaluates whoever has no stored results. */
    private void prepareDistrict() {
        long started = System.nanoTime();
        demo.generate(STUDENTS, 20261124L);
        Long students = jdbc.queryForObject("select count(*) from student", Long.class);
        assertThat(students).isEqualTo(STUDENTS);
        Long evaluated = jdbc.queryForObject("select count(*) from student_progress", Long.class);
        if (evaluated < students) {
            DistrictEvaluation.Result result = evaluation.evaluateAllWithoutImpact(done -> { });
            System.out.printf("BENCH evaluated %d students in %d ms%n", result.students(), result.millis());
        }
        System.out.printf("BENCH district of %d students ready in %d ms%n", students, (System.nanoTime() - started) / 1_000_000);
    }

    private Figures measure(Page page, boolean humanPace) throws Exception {
        List<HttpClient> sessions = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            String user = page.user().apply(i);
            sessions.add(user == null ? anonymous() : new BenchClients(port).signedIn(user));
        }
        ExecutorService users = Executors.newFixedThreadPool(USERS);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            int user = i;   // warm-up: JIT, caches, each user's first page
            runs.add(users.submit(() -> get(sessions.get(user), page.path().apply(user))));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        runs.clear();
        long[] latencies = new long[1 << 20];
        long[] bytes = new long[1];
        int[] count = new int[1];
        double loadStart = OS.getSystemLoadAverage();
        long cpuStarted = OS.getProcessCpuTime();
        long started = System.nanoTime();
        long deadline = started + SECONDS * 1_000_000_000L;
        for (int i = 0; i < USERS; i++) {
            int user = i;
            runs.add(users.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                if (humanPace) {
                    Thread.sleep(random.nextInt(3000));   // users arrive spread out, not all at once
                }
                while (System.nanoTime() < deadline) {
                    long start = System.nanoTime();
                    int size = get(sessions.get(user), page.path().apply(user));
                    long took = System.nanoTime() - start;
                    synchronized (latencies) {
                        latencies[count[0]++] = took;
                        bytes[0] += size;
                    }
                    if (humanPace) {
                        Thread.sleep(1000 + random.nextInt(2001));
                    }
                }
                return null;
            }));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuPerRequest = (OS.getProcessCpuTime() - cpuStarted) / 1e6 / count[0];
        users.shutdown();
        long[] sorted = Arrays.copyOf(latencies, count[0]);
        Arrays.sort(sorted);
        Figures f = new Figures(sorted.length, percentile(sorted, 0.50), percentile(sorted, 0.95),
                percentile(sorted, 0.99), sorted.length / seconds, bytes[0] / sorted.length, cpuPerRequest, loadStart,
                OS.getSystemLoadAverage());
        System.out.printf("BENCH %s, %s, %d users, %d requests in %.0f s: p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, "
                        + "%.1f requests/s, %,d bytes a page, %.1f ms CPU per request (whole process), load %.1f-%.1f%n",
                page.name(), humanPace ? "human pace (think 1-3 s)" : "50 requests always in flight", USERS, f.requests(),
                seconds, f.p50(), f.p95(), f.p99(), f.perSecond(), f.bytesPerPage(), f.cpuPerRequest(), f.loadStart(),
                f.loadEnd());
        return f;
    }

    /**
     * The first response of a rules preview as the rules page sends it: a draft of one rule file with a comment added
     * (a change that changes no result), previewed by the administrator over HTTP.
     */
    private void previewFirstResponse() throws Exception {
        HttpClient admin = new BenchClients(port).signedIn("admin");
        String file = "flags.drl";
        String content = publisher.activeVersion().getFiles().get(file) + "\n// previewed by the page benchmark\n";
        String editor = admin.send(HttpRequest.newBuilder(uri("/admin/rules/files/" + file)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(editor);
        assertThat(token.find()).isTrue();
        String form = "action=preview&comment=&content=" + URLEncoder.encode(content, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        double loadStart = OS.getSystemLoadAverage();
        long start = System.nanoTime();
        HttpResponse<byte[]> response = admin.send(HttpRequest.newBuilder(uri("/admin/rules/files/" + file))
                .timeout(Duration.ofMinutes(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofByteArray());
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("BENCH rules preview (POST /admin/rules/files/%s, action=preview), one administrator: first "
                        + "response %d ms, status %d, %,d bytes, load %.1f-%.1f%n", file, millis, response.statusCode(),
                response.body().length, loadStart, OS.getSystemLoadAverage());
    }

    private int get(HttpClient client, String path) throws Exception {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri(path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body().length;
    }

    private static HttpClient anonymous() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** {@code n} elements spread evenly over the list (all schools, grades and areas, not the first few). */
    private static <T> List<T> spread(List<T> all, int n) {
        List<T> chosen = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            chosen.add(all.get((int) ((long) i * all.size() / n)));
        }
        return chosen;
    }

    private static double percentile(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * q))] / 1e6;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
