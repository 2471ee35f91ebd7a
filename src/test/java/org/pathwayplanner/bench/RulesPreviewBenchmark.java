package org.pathwayplanner.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.demo.DemoDistrict;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.policy.DistrictPreviews;
import org.pathwayplanner.policy.RulePublisher;
import org.pathwayplanner.progress.DistrictEvaluation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The rules preview over the district (issue 20): the first response of the editor's preview, which now starts it in
 * the background, against the preview in the request it replaces (the old answer waited for validate and the whole
 * preview); and the whole preview in the background against the same preview in the request, in the same run.
 * Run with {@code ./mvnw -Pbench test -Dtest=RulesPreviewBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Dbench.students=5000}. Prints figures (docs/performance.md). Not part of the normal test run.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/bench/district;DB_CLOSE_ON_EXIT=FALSE",
        "pathway-planner.demo.enabled=false",
        "pathway-planner.evaluate-on-start=false",
        "logging.level.org.pathwayplanner=info"})
class RulesPreviewBenchmark {

    static final int STUDENTS = Integer.getInteger("bench.students", 5_000);
    static final int STARTS = Integer.getInteger("bench.previewStarts", 20);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    @LocalServerPort
    int port;
    @Autowired
    DemoDistrict demo;
    @Autowired
    PeopleDirectory people;
    @Autowired
    DistrictEvaluation district;
    @Autowired
    RulePublisher publisher;
    @Autowired
    DistrictPreviews previews;

    @Test
    void firstResponseAndWholePreviewAgainstThePreviewInTheRequest() throws Exception {
        demo.generate(STUDENTS, 20261124L);
        assertThat(people.countStudents()).isEqualTo(STUDENTS);
        district.evaluateAllWithoutImpact(done -> { });   // stored results to compare with; warms the JIT
        System.out.printf("BENCH machine: %d cores, load average %.1f at the start%n", OS.getAvailableProcessors(),
                OS.getSystemLoadAverage());

        Map<String, String> draft = new HashMap<>(publisher.activeVersion().getFiles());
        String policy = draft.get("policy.json").replace("\"districtMethod\" : \"MOST_RECENT\"",
                "\"districtMethod\" : \"MEAN\"");
        draft.put("policy.json", policy);

        // baseline: what the editor's answer used to wait for, in the request (validate, then the whole preview)
        long started = System.nanoTime();
        assertThat(publisher.validate(draft)).isEmpty();
        var inTheRequest = publisher.preview("bench.request", draft);
        long baselineMs = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("BENCH baseline: validate + preview in the request, %d students: %d ms (%d changed)%n",
                inTheRequest.students(), baselineMs, inTheRequest.impact().studentsChanged());

        HttpClient admin = new BenchClients(port).signedIn("admin");
        String csrf = csrfOf(admin, "/admin/rules/files/policy.json");

        // the whole preview in the background, from the click to the editor showing the impact
        started = System.nanoTime();
        HttpResponse<String> start = postForm(admin, "/admin/rules/files/policy.json",
                "content=" + enc(policy) + "&action=preview&comment=&_csrf=" + enc(csrf));
        long firstMs = (System.nanoTime() - started) / 1_000_000;
        String jobPage = start.headers().firstValue("Location").orElseThrow();
        String id = jobPage.substring(jobPage.lastIndexOf('/') + 1);
        List<Long> polls = new ArrayList<>();
        while (true) {
            long pollStart = System.nanoTime();
            String status = get(admin, "/admin/rules/previews/" + id + "/status").body();
            polls.add((System.nanoTime() - pollStart) / 1_000);
            if (!status.contains("\"RUNNING\"")) {
                assertThat(status).contains("\"DONE\"");
                break;
            }
            Thread.sleep(500);
        }
        long doneMs = (System.nanoTime() - started) / 1_000_000;
        long resultStart = System.nanoTime();
        HttpResponse<String> result = get(admin, "/admin/rules/files/policy.json?preview=" + id);
        long resultMs = (System.nanoTime() - resultStart) / 1_000_000;
        assertThat(result.body()).contains("id=\"impact\"");
        DistrictPreviews.Job job = previews.job(id).orElseThrow();
        assertThat(job.result().orElseThrow().impact()).isEqualTo(inTheRequest.impact());
        System.out.printf("BENCH background: first response %d ms; done (as the page's polls saw it) after %d ms "
                + "(%.2fx the baseline); the editor with the impact %d ms; status polls p50 %.1f ms, max %.1f ms (%d)%n",
                firstMs, doneMs, (double) doneMs / baselineMs, resultMs, percentile(polls, 50) / 1000.0,
                percentile(polls, 100) / 1000.0, polls.size());

        // the first response, many times: start, cancel, wait for the end
        List<Long> firsts = new ArrayList<>();
        List<Long> cancels = new ArrayList<>();
        for (int i = 0; i < STARTS; i++) {
            long t = System.nanoTime();
            HttpResponse<String> again = postForm(admin, "/admin/rules/files/policy.json",
                    "content=" + enc(policy) + "&action=preview&comment=&_csrf=" + enc(csrf));
            firsts.add((System.nanoTime() - t) / 1_000);
            String page = again.headers().firstValue("Location").orElseThrow();
            String jobId = page.substring(page.lastIndexOf('/') + 1);
            t = System.nanoTime();
            HttpResponse<String> cancelled = postForm(admin, "/admin/rules/previews/" + jobId + "/cancel",
                    "_csrf=" + enc(csrf));
            cancels.add((System.nanoTime() - t) / 1_000);
            assertThat(cancelled.statusCode()).isEqualTo(302);
            while (previews.job(jobId).orElseThrow().getState().equals("RUNNING")) {
                Thread.sleep(20);
            }
            assertThat(previews.job(jobId).orElseThrow().getState()).isEqualTo("CANCELLED");
        }
        System.out.printf("BENCH first response of the preview, %d starts: p50 %.1f ms, p95 %.1f ms, max %.1f ms; "
                + "cancel p50 %.1f ms, p95 %.1f ms%n", STARTS, percentile(firsts, 50) / 1000.0,
                percentile(firsts, 95) / 1000.0, percentile(firsts, 100) / 1000.0, percentile(cancels, 50) / 1000.0,
                percentile(cancels, 95) / 1000.0);
        System.out.printf("BENCH load average %.1f at the end%n", OS.getSystemLoadAverage());
    }

    private static double percentile(List<Long> values, int p) {
        List<Long> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private String csrfOf(HttpClient client, String path) throws Exception {
        Matcher token = CSRF.matcher(get(client, path).body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(HttpClient client, String path, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
