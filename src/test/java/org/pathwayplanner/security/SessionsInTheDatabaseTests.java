package org.pathwayplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A signed-in session is kept in the database, not in the instance that signed the user in: another instance on the
 * same database (here a session repository of its own, as another instance's) finds it and who is signed in, so an
 * instance can stop or fail without signing anyone out (docs/operations.md, "Sessions").
 */
@PlannerTest
class SessionsInTheDatabaseTests {

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSignedInSessionIsInTheDatabaseAndAnotherInstanceKnowsWhoItIs() {
        Visitor visitor = new Visitor(port);
        String sessionId = sessionIdOf(visitor.submitLogin("counselor1", "demo"));

        Map<String, Object> row = jdbc.queryForMap(
                "select principal_name, max_inactive_interval from spring_session where session_id = ?", sessionId);
        assertThat(row.get("principal_name")).isEqualTo("counselor1");
        assertThat(((Number) row.get("max_inactive_interval")).intValue()).isPositive();

        Session elsewhere = anotherInstance().findById(sessionId);
        assertThat(elsewhere).as("the session as another instance reads it").isNotNull();
        SecurityContext signedIn = elsewhere.getAttribute("SPRING_SECURITY_CONTEXT");
        assertThat(signedIn.getAuthentication().getName()).isEqualTo("counselor1");
        assertThat(signedIn.getAuthentication().getAuthorities()).extracting(Object::toString)
                .contains("ROLE_COUNSELOR");
    }

    @Test
    void theSessionCookieStillOpensThePagesAndSigningOutRemovesTheSessionFromTheDatabase() {
        Visitor visitor = new Visitor(port).signIn("teacher.math", "demo");
        assertThat(visitor.get("/teacher").statusCode()).isEqualTo(200);
        Long before = jdbc.queryForObject("select count(*) from spring_session where principal_name = 'teacher.math'",
                Long.class);
        assertThat(before).isPositive();

        HttpResponse<String> out = visitor.send(visitor.request("/logout")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + visitor.csrfToken())));

        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = 'teacher.math'",
                Long.class)).isEqualTo(before - 1);
        assertThat(visitor.get("/teacher").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void aPageLoadRewritesNoSessionAttributeOnlyTheTimeOfTheLastRequest() {
        Visitor visitor = new Visitor(port).signIn("counselor1", "demo");
        visitor.get("/counselor");
        List<Map<String, Object>> before = attributesOf("counselor1");
        Long accessedBefore = lastAccessOf("counselor1");

        visitor.get("/counselor");
        visitor.get("/notifications");

        List<Map<String, Object>> after = attributesOf("counselor1");
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i).get("attribute_name")).isEqualTo(before.get(i).get("attribute_name"));
            assertThat((byte[]) after.get(i).get("attribute_bytes")).as((String) before.get(i).get("attribute_name"))
                    .isEqualTo((byte[]) before.get(i).get("attribute_bytes"));
        }
        assertThat(lastAccessOf("counselor1")).isGreaterThanOrEqualTo(accessedBefore);
    }

    private List<Map<String, Object>> attributesOf(String username) {
        return jdbc.queryForList("""
                select a.attribute_name, a.attribute_bytes from spring_session_attributes a
                  join spring_session s on s.primary_id = a.session_primary_id
                 where s.principal_name = ? order by s.session_id, a.attribute_name""", username);
    }

    private Long lastAccessOf(String username) {
        return jdbc.queryForObject("select max(last_access_time) from spring_session where principal_name = ?",
                Long.class, username);
    }

    private JdbcIndexedSessionRepository anotherInstance() {
        return new JdbcIndexedSessionRepository(new JdbcTemplate(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }

    /** Spring Session's cookie carries the session id in Base64. */
    private static String sessionIdOf(HttpResponse<String> signIn) {
        String cookie = signIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        String value = cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'));
        return new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
    }
}
