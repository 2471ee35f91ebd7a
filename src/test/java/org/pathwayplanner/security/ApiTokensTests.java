package org.pathwayplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An administrator's personal API token: made on the tokens page and shown once, kept only as a hash, accepted by
 * the API as that administrator until revoked; a token of anyone else, a revoked one or a made-up one is refused with
 * 401, and a token opens no page.
 */
@PlannerTest
class ApiTokensTests {

    private static final Pattern SECRET = Pattern.compile("id=\"token-secret\">(ppt_[A-Za-z0-9_-]+)<");

    @LocalServerPort
    int port;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTokenMadeOnThePageCallsTheApiAsTheAdministratorUntilRevoked() {
        Visitor admin = new Visitor(port).signIn("admin", "demo");
        HttpResponse<String> made = postForm(admin, "/admin/tokens", "name=nightly%20export");
        assertThat(made.statusCode()).isEqualTo(200);
        Matcher m = SECRET.matcher(made.body());
        assertThat(m.find()).as("the secret is shown once").isTrue();
        String secret = m.group(1);

        assertThat(callApi(secret).statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForList("select token_hash from api_token", String.class)).doesNotContain(secret)
                .contains(ApiTokens.hash(secret));
        assertThat(admin.get("/admin/tokens").body()).contains("nightly export").doesNotContain(secret);

        long id = jdbc.queryForObject("select id from api_token where token_hash = ?", Long.class, ApiTokens.hash(secret));
        assertThat(postForm(admin, "/admin/tokens/" + id + "/revoke", "").statusCode()).isEqualTo(302);
        assertThat(callApi(secret).statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenNamedByNobodyIsRefusedAndTheNameIsRequired() {
        Visitor admin = new Visitor(port).signIn("admin", "demo");
        HttpResponse<String> refused = postForm(admin, "/admin/tokens", "name=%20%20");
        assertThat(refused.body()).contains("Say what the token is for").doesNotContain("token-secret");
    }

    @Test
    void aTokenOfSomeoneWhoIsNotAnAdministratorIsRefused() {
        String studentToken = tokens.issue("student1", "not allowed");
        HttpResponse<String> answer = callApi(studentToken, "/api/pathways/mine");
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("unknown, revoked, or not an administrator");
    }

    @Test
    void aMadeUpTokenIsRefusedRatherThanTreatedAsAnonymous() {
        assertThat(callApi("ppt_made-up").statusCode()).isEqualTo(401);
        assertThat(callApi("").statusCode()).isEqualTo(401);
        assertThat(callApi("x".repeat(5000)).statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenOfAClosedAdministratorAccountIsRefused() {
        jdbc.update("insert into user_account (username, password_hash, display_name, role, enabled)"
                + " values ('admin.gone', 'x', 'Gone Admin', 'ADMIN', false)");
        try {
            assertThat(callApi(tokens.issue("admin.gone", "old script")).statusCode()).isEqualTo(401);
        } finally {
            jdbc.update("delete from api_token where username = 'admin.gone'");
            jdbc.update("delete from user_account where username = 'admin.gone'");
        }
    }

    @Test
    void aTokenOpensNoPage() {
        String secret = tokens.issue("admin", "pages?");
        HttpResponse<String> page = new Visitor(port).get("/admin", "Authorization", "Bearer " + secret,
                "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void anAdministratorRevokesOnlyTheirOwnTokens() {
        String other = tokens.issue("admin", "kept");
        long id = jdbc.queryForObject("select id from api_token where token_hash = ?", Long.class, ApiTokens.hash(other));
        assertThat(tokens.revoke("someone.else", id)).isFalse();
        assertThat(callApi(other).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> callApi(String secret) {
        return callApi(secret, "/api/rules/versions");
    }

    private HttpResponse<String> callApi(String secret, String path) {
        return new Visitor(port).get(path, "Authorization", "Bearer " + secret);
    }

    private static HttpResponse<String> postForm(Visitor visitor, String path, String form) {
        String body = form.isEmpty() ? "_csrf=" + enc(visitor.csrfToken()) : form + "&_csrf=" + enc(visitor.csrfToken());
        return visitor.send(visitor.request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
