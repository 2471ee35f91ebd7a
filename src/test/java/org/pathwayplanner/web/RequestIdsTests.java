package org.pathwayplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pathwayplanner.PlannerTest;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Every request has an id: the proxy's when it is a plain token, else a new one; in the answer and in the log. */
@PlannerTest
@ExtendWith(OutputCaptureExtension.class)
class RequestIdsTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theProxysRequestIdComesBackInTheAnswer() throws Exception {
        HttpResponse<String> answer = get("/login", "edge-7f3a.42:x_y");

        assertThat(answer.headers().firstValue("X-Request-Id")).hasValue("edge-7f3a.42:x_y");
    }

    @Test
    void aRequestWithoutAnIdGetsANewOneEachTime() throws Exception {
        String first = get("/login", null).headers().firstValue("X-Request-Id").orElseThrow();
        String second = get("/login", null).headers().firstValue("X-Request-Id").orElseThrow();

        assertThat(first).matches("[0-9a-f-]{36}").isNotEqualTo(second);
    }

    @Test
    void anIdThatIsTooLongOrCarriesOtherCharactersIsReplacedNotLogged() {
        assertThat(RequestIds.idFor("a".repeat(65))).hasSize(36).doesNotContain("aaaa");
        assertThat(RequestIds.idFor("ok\r\n2026-12-07 INFO forged line")).doesNotContain("forged");
        assertThat(RequestIds.idFor("<script>")).doesNotContain("script");
        assertThat(RequestIds.idFor("")).hasSize(36);
        assertThat(RequestIds.idFor("a".repeat(64))).isEqualTo("a".repeat(64));
    }

    @Test
    void anErrorPageKeepsTheIdOfItsRequest() throws Exception {
        HttpResponse<String> answer = get("/no-such-page-at-all", "lost-page-1");

        assertThat(answer.headers().firstValue("X-Request-Id")).hasValue("lost-page-1");
    }

    @Test
    void everyLineLoggedWhileARequestIsServedCarriesItsId(CapturedOutput output) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/anything");
        request.addHeader("X-Request-Id", "trace-me-123");
        AtomicReference<String> during = new AtomicReference<>();

        new RequestIds.RequestIdFilter().doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            during.set(MDC.get("requestId"));
            LoggerFactory.getLogger("org.pathwayplanner.web").warn("Something to find in the log");
        });

        assertThat(during.get()).isEqualTo("trace-me-123");
        assertThat(MDC.get("requestId")).as("gone once the request is served").isNull();
        assertThat(output.getOut().lines().filter(l -> l.contains("Something to find in the log")))
                .singleElement().asString().contains("[trace-me-123]");
    }

    private HttpResponse<String> get(String path, String requestId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
