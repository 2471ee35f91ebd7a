package org.pathwayplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Someone reaching the running application over real HTTP, as a browser or curl does: cookies are kept
 * between requests, redirects are not followed (so a 302 is seen as one). MockMvc stops at Spring's
 * DispatcherServlet; this reaches every servlet Tomcat serves, Camunda's included.
 */
public final class Visitor {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private String csrfToken;

    public Visitor(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Signs in through the login form with its CSRF token, as a person does; the session cookie is kept. */
    public Visitor signIn(String username, String password) {
        HttpResponse<String> answer = submitLogin(username, password);
        assertThat(answer.statusCode()).as("sign-in of " + username).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElse("")).as("sign-in of " + username).doesNotContain("error");
        String landing = get("/").headers().firstValue("Location").orElseThrow().replace(base, "");
        csrfToken = token(get(landing).body());
        return this;
    }

    /** Posts the login form (with the page's CSRF token) and returns the answer, whatever it is. */
    public HttpResponse<String> submitLogin(String username, String password) {
        String token = token(get("/login").body());
        return send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password,
                        "_csrf", token)))));
    }

    /** The CSRF token of the last page this visitor signed in to, as a page's script would send it. */
    public String csrfToken() {
        return csrfToken;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path).headers(headers).GET());
    }

    /** A POST with the session cookie and the page's CSRF token in the header Spring Security reads. */
    public HttpResponse<String> postJson(String path, String json) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (csrfToken != null) {
            request.header("X-CSRF-TOKEN", csrfToken);
        }
        return send(request);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String token(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }

    private static String form(Map<String, String> fields) {
        return new LinkedHashMap<>(fields).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
