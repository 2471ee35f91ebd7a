package org.pathwayplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.security.Visitor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP (the limits act in Tomcat and in a servlet filter, before Spring MVC): a body past the cap, a list
 * past its length and a request line past Tomcat's limit are refused with a problem document under /api.
 */
@PlannerTest
class RequestLimitsTests {

    @LocalServerPort
    int port;
    @Autowired
    PeopleDirectory people;

    @Test
    void givenATenMegabyteWhatIfThenTheApiAnswers413WithAProblemDocumentBeforeReadingIt() throws Exception {
        StringJoiner pathways = new StringJoiner(",", "{\"pathways\":[", "]}");
        for (int i = 0; i < 200_000; i++) {
            pathways.add("{\"title\":\"Internship " + i + "\",\"areaCode\":\"STEM\",\"credits\":1}");
        }
        byte[] body = pathways.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(body.length).isGreaterThan(10_000_000);

        // the headers and the first 64 KB: the answer comes before the rest would be read
        String answer = raw(("POST " + whatIf() + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Authorization: " + Visitor.basic("counselor1", "demo") + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n" + new String(body, 0, 65_536, StandardCharsets.ISO_8859_1)));

        assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("Content-Type: application/problem+json")
                .contains("\"status\":413").contains("larger than the 2048 KB");
    }

    @Test
    void givenALargeBodySentInChunksThenItIsCutOffWith413() {
        byte[] body = ("{\"pathways\":[" + "{\"title\":\"x\",\"areaCode\":\"STEM\",\"credits\":1},".repeat(70_000)
                + "{\"title\":\"x\",\"areaCode\":\"STEM\",\"credits\":1}]}").getBytes(StandardCharsets.UTF_8);
        Visitor counselor = new Visitor(port);
        HttpResponse<String> answer = counselor.send(counselor.request(whatIf())
                .header("Authorization", Visitor.basic("counselor1", "demo"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void givenMorePathwaysThanTheWhatIfTakesThenTheFieldIsNamedIn400() {
        StringJoiner pathways = new StringJoiner(",", "{\"pathways\":[", "]}");
        for (int i = 0; i < 21; i++) {
            pathways.add("{\"title\":\"Internship " + i + "\",\"areaCode\":\"STEM\",\"credits\":1}");
        }
        HttpResponse<String> answer = postJson(whatIf(), pathways.toString());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("pathways: send at most 20 hypothetical pathways");
    }

    @Test
    void givenARuleDraftOfTooManyFilesThenTheFieldIsNamedIn400() {
        StringJoiner files = new StringJoiner(",", "{\"files\":{", "}}");
        for (int i = 0; i < 51; i++) {
            files.add("\"f" + i + ".drl\":\"package p;\"");
        }
        Visitor admin = new Visitor(port);
        HttpResponse<String> answer = admin.send(admin.request("/api/rules/validate")
                .header("Authorization", Visitor.basic("admin", "demo"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(files.toString())));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("Send at most 50 rule files");
    }

    @Test
    void givenAnOverlongQueryUnderApiThenTheAnswerIsAProblemDocumentNotTomcatsPage() {
        HttpResponse<String> answer = new Visitor(port).get("/api/students/1/progress?q=" + "a".repeat(20_000),
                "Authorization", Visitor.basic("counselor1", "demo"));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"status\":400").doesNotContain("Tomcat").doesNotContain("<html");
    }

    @Test
    void givenAnOverlongHeaderUnderApiThenTheAnswerIsAProblemDocument() {
        HttpResponse<String> answer = new Visitor(port).get("/api/students/1/progress",
                "Authorization", Visitor.basic("counselor1", "demo"), "X-Padding", "b".repeat(20_000));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(answer.body()).doesNotContain("Tomcat");
    }

    @Test
    void givenARequestLineTomcatCannotReadUnderApiThenTheAnswerIsAProblemDocument() throws Exception {
        String answer = raw("GET /api/students/1/progress?q=<{|}> HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json")
                .contains("\"status\":400").doesNotContain("Tomcat").doesNotContain("<html");
    }

    @Test
    void givenARequestLineTomcatCannotReadForAPageThenAShortPageWithoutTomcatsReport() throws Exception {
        String answer = raw("GET /student?q=<{|}> HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").doesNotContain("Tomcat").doesNotContain("Exception");
    }

    @Test
    void givenAPageFormPostPastTheCapThenTheErrorPageAnswers413() {
        Visitor admin = new Visitor(port).signIn("admin", "demo");
        HttpResponse<String> answer = admin.send(admin.request("/admin/rules/files/mastery.drl")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + admin.csrfToken() + "&action=validate&content="
                        + "x".repeat(3 * 1024 * 1024))));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).doesNotContain("Tomcat");
    }

    /** Bytes Java's HTTP client refuses to send, written to the socket as a careless client would. */
    private String raw(String request) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            socket.shutdownOutput();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String whatIf() {
        return "/api/students/" + people.caseloadOf("counselor1").get(0).id() + "/what-if";
    }

    private HttpResponse<String> postJson(String path, String json) {
        Visitor counselor = new Visitor(port);
        return counselor.send(counselor.request(path)
                .header("Authorization", Visitor.basic("counselor1", "demo"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }
}
