package org.pathwayplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Signing in with the district's account, the whole redirect dance over HTTP: the provider's identity is matched to
 * exactly one login account by its e-mail; an identity not on the roster, or a closed account, is refused with a
 * page that says why and an entry in the sign-in audit; no account is ever made from a token. Staff whose role is
 * closed to passwords are told to use the district's account.
 */
class DistrictSignInTests extends DistrictProviderTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aStudentOnTheRosterSignsInWithTheDistrictAccountAndSeesTheirOwnPage() throws Exception {
        nextIdentity("google-4711", Map.of("email", "Student1@Students.District.Example.org"));
        Session session = new Session();

        HttpResponse<String> end = session.signInWithDistrict();

        assertThat(end.headers().firstValue("Location")).hasValue(base() + "/");
        HttpResponse<String> home = session.get("/student");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains(displayName("student1"));
        assertThat(lastAudit()).containsEntry("USERNAME", "student1").containsEntry("METHOD", "SSO")
                .containsEntry("OUTCOME", "SIGNED_IN");
    }

    @Test
    void anIdentityNotOnTheRosterIsRefusedAndNoAccountIsMade() throws Exception {
        int accounts = accountCount();
        nextIdentity("google-0000", Map.of("email", "stranger@elsewhere.example.com"));
        Session session = new Session();

        HttpResponse<String> end = session.signInWithDistrict();

        assertThat(end.headers().firstValue("Location")).hasValue(base() + "/login?sso=not-on-roster");
        assertThat(session.get("/login?sso=not-on-roster").body()).contains("is not on the roster");
        assertThat(session.get("/student").statusCode()).isEqualTo(302);
        assertThat(accountCount()).isEqualTo(accounts);
        assertThat(lastAudit()).containsEntry("USERNAME", "stranger@elsewhere.example.com")
                .containsEntry("METHOD", "SSO").containsEntry("OUTCOME", "REFUSED");
    }

    @Test
    void aClosedAccountIsRefusedEvenWithTheRightDistrictIdentity() throws Exception {
        jdbc.update("update user_account set enabled = false where username = 'student2'");
        try {
            nextIdentity("google-4712", Map.of("email", "student2@students.district.example.org"));
            Session session = new Session();

            HttpResponse<String> end = session.signInWithDistrict();

            assertThat(end.headers().firstValue("Location")).hasValue(base() + "/login?sso=disabled");
            assertThat(session.get("/student").statusCode()).isEqualTo(302);
        } finally {
            jdbc.update("update user_account set enabled = true where username = 'student2'");
        }
    }

    @Test
    void anIdentityWithoutTheClaimIsRefused() throws Exception {
        nextIdentity("google-4713", Map.of("name", "Somebody"));
        Session session = new Session();

        assertThat(session.signInWithDistrict().headers().firstValue("Location"))
                .hasValue(base() + "/login?sso=no-claim");
    }

    @Test
    void anAddressTheProviderHasNotVerifiedNamesNobody() throws Exception {
        nextIdentity("rogue-1", Map.of("email", "teacher.math@district.example.org", "email_verified", false));
        Session session = new Session();

        assertThat(session.signInWithDistrict().headers().firstValue("Location"))
                .hasValue(base() + "/login?sso=unverified");
        assertThat(session.get("/teacher").statusCode()).isEqualTo(302);
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        nextIdentity("google-4711", Map.of("email", "student1@students.district.example.org"));
        Session session = new Session();
        session.signInWithDistrict();
        assertThat(session.get("/student").statusCode()).isEqualTo(200);

        String csrf = session.csrfOf("/student");
        HttpResponse<String> out = session.post("/logout", "_csrf=" + csrf);

        assertThat(out.headers().firstValue("Location")).hasValue(base() + "/login?logout");
        assertThat(session.get("/student").statusCode()).isEqualTo(302);
    }

    @Test
    void theLoginPageOffersTheDistrictsProvider() throws Exception {
        String page = new Session().get("/login").body();
        assertThat(page).contains("Sign in with District account").contains("/oauth2/authorization/district");
    }

    @Test
    void staffWhoseRoleIsClosedToPasswordsAreToldToUseTheDistrictAccount() throws Exception {
        Session teacher = new Session();
        String csrf = teacher.csrfOf("/login");
        HttpResponse<String> refused = teacher.post("/login", "username=teacher.math&password=demo&_csrf=" + csrf);

        assertThat(refused.headers().firstValue("Location")).hasValue(base() + "/login?error=sso-only");
        assertThat(teacher.get("/login?error=sso-only").body()).contains("signs in with the district");
        assertThat(teacher.get("/teacher").statusCode()).isEqualTo(302);

        Session student = new Session();
        String studentCsrf = student.csrfOf("/login");
        assertThat(student.post("/login", "username=student1&password=demo&_csrf=" + studentCsrf)
                .headers().firstValue("Location")).hasValue(base() + "/");
    }

    @Test
    void theApiRefusesAClosedRolesPasswordToo() throws Exception {
        HttpResponse<String> basic = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base()
                        + "/api/rules/versions")).header("Authorization", "Basic "
                        + java.util.Base64.getEncoder().encodeToString("admin:demo".getBytes())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(basic.statusCode()).isEqualTo(401);
    }

    @Test
    void aTeacherSignsInWithTheDistrictAccount() throws Exception {
        nextIdentity("entra-77", Map.of("email", "teacher.math@district.example.org"));
        Session session = new Session();
        session.signInWithDistrict();
        assertThat(session.get("/teacher").statusCode()).isEqualTo(200);
        assertThat(session.get("/student").statusCode()).isEqualTo(403);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private int accountCount() {
        return jdbc.queryForObject("select count(*) from user_account", Integer.class);
    }

    private String displayName(String username) {
        return jdbc.queryForObject("select display_name from user_account where username = ?", String.class, username);
    }

    private Map<String, Object> lastAudit() {
        return jdbc.queryForMap("select username, method, outcome from sign_in_attempt order by id desc fetch first 1 rows only");
    }

    /** A browser's cookie jar: redirects are followed by hand, so each step can be checked. */
    private final class Session {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String pathOrUrl) throws IOException, InterruptedException {
            String url = pathOrUrl.startsWith("http") ? pathOrUrl : base() + pathOrUrl;
            return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(base() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        String csrfOf(String path) throws IOException, InterruptedException {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                    .matcher(get(path).body());
            assertThat(m.find()).as("a CSRF token on " + path).isTrue();
            return m.group(1);
        }

        /** From the provider's button to the application's answer to the provider's redirect back. */
        HttpResponse<String> signInWithDistrict() throws IOException, InterruptedException {
            HttpResponse<String> toProvider = get("/oauth2/authorization/district");
            assertThat(toProvider.statusCode()).isEqualTo(302);
            HttpResponse<String> back = get(toProvider.headers().firstValue("Location").orElseThrow());
            assertThat(back.statusCode()).isEqualTo(302);
            String callback = back.headers().firstValue("Location").orElseThrow();
            assertThat(callback).startsWith(base() + "/login/oauth2/code/district");
            HttpResponse<String> end = get(callback);
            assertThat(end.statusCode()).isEqualTo(302);
            return end;
        }
    }
}
