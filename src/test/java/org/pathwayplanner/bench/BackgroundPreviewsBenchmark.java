package org.pathwayplanner.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.demo.DemoDistrict;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.policy.DistrictPreviews;
import org.pathwayplanner.policy.PolicyFormFields;
import org.pathwayplanner.policy.RulePublisher;
import org.pathwayplanner.policy.ShippedRulesRelease;
import org.pathwayplanner.progress.DistrictEvaluation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Every preview in the background (issue 20, helper {@code previews}): the first response of the policy form's
 * preview, the shipped rules' preview and {@code POST /api/rules/preview}, each against the preview in the request it
 * replaces (the policy form validated then previewed in the request; the shipped-rules page and the API previewed),
 * in the same run; and one API preview followed to its end through its status resource.
 * Run with {@code ./mvnw -Pbench test -Dtest=BackgroundPreviewsBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Dbench.students=5000}. Prints figures (docs/performance.md). Not part of the normal test run.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/bench/district;DB_CLOSE_ON_EXIT=FALSE",
        "pathway-planner.demo.enabled=false",
        "pathway-planner.evaluate-on-start=false",
        "logging.level.org.pathwayplanner=info"})
class BackgroundPreviewsBenchmark {

    static final int STUDENTS = Integer.getInteger("bench.students", 5_000);
    static final int STARTS = Integer.getInteger("bench.previewStarts", 10);
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
    @Autowired
    ApplicationContext context;
    @Autowired
    ObjectMapper json;

    @Test
    void firstResponseOfEachEntryPointAgainstThePreviewInTheRequest() throws Exception {
        if (people.countStudents() != STUDENTS) {
            demo.generate(STUDENTS, 20261124L);
        }
        assertThat(people.countStudents()).isEqualTo(STUDENTS);
        district.evaluateAllWithoutImpact(done -> { });   // stored results to compare with; warms the JIT
        System.out.printf("BENCH machine: %d cores, load average %.1f at the start%n", OS.getAvailableProcessors(),
                OS.getSystemLoadAverage());

        Map<String, String> draft = new HashMap<>(publisher.activeVersion().getFiles());
        String policy = draft.get("policy.json").replace("\"districtMethod\" : \"MOST_RECENT\"",
                "\"districtMethod\" : \"MEAN\"");
        draft.put("policy.json", policy);

        // baselines: what the old answers waited for, in the request
        long t = System.nanoTime();
        assertThat(publisher.validate(draft)).isEmpty();
        long validateMs = (System.nanoTime() - t) / 1_000_000;
        t = System.nanoTime();
        var inTheRequest = publisher.preview("bench.request", draft);
        long previewMs = (System.nanoTime() - t) / 1_000_000;
        System.out.printf("BENCH baseline, %d students (%d changed): validate %d ms; preview in the request %d ms. "
                + "Old first responses: policy form %d ms (validate + preview), shipped rules and API %d ms (preview)%n",
                inTheRequest.students(), inTheRequest.impact().studentsChanged(), validateMs, previewMs,
                validateMs + previewMs, previewMs);

        HttpClient admin = new BenchClients(port).signedIn("admin");
        String csrf = csrfOf(admin, "/admin/rules/policy");
        String form = PolicyFormFields.of(policy).entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        List<Long> formFirsts = starts(() -> postForm(admin, "/admin/rules/policy",
                form + "&action=preview&comment=&_csrf=" + enc(csrf)), 302,
                id -> postForm(admin, "/admin/rules/previews/" + id + "/cancel", "_csrf=" + enc(csrf)));
        report("policy form (POST → 302 to the preview's page)", formFirsts, validateMs + previewMs);

        List<Long> shippedFirsts;
        try (ShippedRulesRelease release = ShippedRulesRelease.shippingFlagsWith(context,
                "\n// a release's wording, previewed by the benchmark\n")) {
            shippedFirsts = starts(() -> postForm(admin, "/admin/rules/shipped",
                    "action=preview&comment=&_csrf=" + enc(csrf)), 302,
                    id -> postForm(admin, "/admin/rules/previews/" + id + "/cancel", "_csrf=" + enc(csrf)));
        }
        report("shipped rules (POST → 302 to the preview's page)", shippedFirsts, previewMs);

        HttpClient api = HttpClient.newHttpClient();
        String body = json.writeValueAsString(Map.of("files", draft));
        List<Long> apiFirsts = starts(() -> apiCall(api, "POST", "/api/rules/preview", body), 202,
                id -> apiCall(api, "DELETE", "/api/rules/previews/" + id, null));
        report("API (POST /api/rules/preview → 202 + Location)", apiFirsts, previewMs);

        // one API preview to its end, through its status resource
        t = System.nanoTime();
        HttpResponse<String> started = apiCall(api, "POST", "/api/rules/preview", body);
        long firstMs = (System.nanoTime() - t) / 1_000_000;
        String location = started.headers().firstValue("Location").orElseThrow();
        List<Long> polls = new ArrayList<>();
        HttpResponse<String> status;
        while (true) {
            long poll = System.nanoTime();
            status = apiCall(api, "GET", location, null);
            polls.add((System.nanoTime() - poll) / 1_000);
            if (!json.readTree(status.body()).get("state").asText().equals("RUNNING")) {
                break;
            }
            Thread.sleep(500);
        }
        long doneMs = (System.nanoTime() - t) / 1_000_000;
        JsonNode done = json.readTree(status.body());
        assertThat(done.get("state").asText()).isEqualTo("DONE");
        assertThat(done.get("studentsChanged").asInt()).isEqualTo(inTheRequest.impact().studentsChanged());
        assertThat(done.get("students")).hasSize(inTheRequest.impact().studentsChanged());
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertThat(previews.job(id).orElseThrow().result().orElseThrow().impact()).isEqualTo(inTheRequest.impact());
        System.out.printf("BENCH API to the end: first response %d ms; DONE seen after %d ms (%.2fx the preview in the "
                + "request); status polls p50 %.1f ms, max %.1f ms (%d); the DONE status %d bytes%n", firstMs, doneMs,
                (double) doneMs / previewMs, percentile(polls, 50) / 1000.0, percentile(polls, 100) / 1000.0,
                polls.size(), status.body().length());
        System.out.printf("BENCH load average %.1f at the end%n", OS.getSystemLoadAverage());
    }

    /** Starts {@link #STARTS} previews, each then cancelled and waited for; answers each first response in µs. */
    private List<Long> starts(Call start, int expected, CallOn cancel) throws Exception {
        List<Long> firsts = new ArrayList<>();
        for (int i = 0; i < STARTS; i++) {
            long t = System.nanoTime();
            HttpResponse<String> answer = start.call();
            firsts.add((System.nanoTime() - t) / 1_000);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(expected);
            String location = answer.headers().firstValue("Location").orElseThrow();
            String id = location.substring(location.lastIndexOf('/') + 1);
            assertThat(cancel.call(id).statusCode()).isLessThan(400);
            while (previews.job(id).orElseThrow().getState().equals("RUNNING")) {
                Thread.sleep(20);
            }
        }
        return firsts;
    }

    private static void report(String entry, List<Long> firsts, long baselineMs) {
        System.out.printf("BENCH first response, %s, %d starts: p50 %.1f ms, p95 %.1f ms, max %.1f ms; "
                + "baseline in the request %d ms (p50 is %.4fx of it)%n", entry, firsts.size(),
                percentile(firsts, 50) / 1000.0, percentile(firsts, 95) / 1000.0, percentile(firsts, 100) / 1000.0,
                baselineMs, percentile(firsts, 50) / 1000.0 / baselineMs);
    }

    interface Call {
        HttpResponse<String> call() throws Exception;
    }

    interface CallOn {
        HttpResponse<String> call(String id) throws Exception;
    }

    private static double percentile(List<Long> values, int p) {
        List<Long> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private String csrfOf(HttpClient client, String path) throws Exception {
        Matcher token = CSRF.matcher(client.send(HttpRequest.newBuilder(uri(path)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private HttpResponse<String> postForm(HttpClient client, String path, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> apiCall(HttpClient client, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return client.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
