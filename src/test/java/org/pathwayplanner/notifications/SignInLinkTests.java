package org.pathwayplanner.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.people.Accounts;
import org.pathwayplanner.security.SignInLinks;
import org.pathwayplanner.security.Visitor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A guardian without a district account signs in with a link e-mailed to the address the school has: the link works
 * once, only by pressing the page's button (a mail scanner's visit does not use it), and not after it expires;
 * asking with an unknown address answers the same and sends nothing.
 */
@PlannerTest
class SignInLinkTests {

    private static final Pattern LINK = Pattern.compile("(/sign-in/link\\?token=[A-Za-z0-9_-]+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.context.ApplicationContext application;
    @Autowired
    Accounts accounts;
    @Autowired
    NotificationInbox inbox;
    @Autowired
    SignInLinks links;

    MailOutbox outbox;

    @BeforeEach
    void onlyThisTestsMail() {
        outbox = GreenMailOutbox.of(application);
        jdbc.update("delete from sign_in_link");
    }

    @Test
    void aGuardianAsksForALinkOpensItAndSignsInOnce() throws Exception {
        String email = accounts.contact("guardian2").orElseThrow().email();
        Visitor guardian = new Visitor(port);
        HttpResponse<String> asked = postForm(guardian, "/sign-in/email-link", "email=" + enc(email.toUpperCase()));
        assertThat(asked.body()).contains("a sign-in link is on its way");

        assertThat(outbox.sendDue()).isEqualTo(1);
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("Pathway Planner: your sign-in link");
        Matcher m = LINK.matcher(mail.getContent().toString());
        assertThat(m.find()).isTrue();
        String link = m.group(1);
        assertThat(mail.getContent().toString()).contains("expires in 30 minutes");

        assertThat(guardian.get(link).body()).contains("The link works once");
        assertThat(guardian.get("/guardian").statusCode()).as("opening the link alone signs nobody in").isEqualTo(302);
        String token = link.substring(link.indexOf('=') + 1);
        HttpResponse<String> used = postForm(guardian, "/sign-in/link", "token=" + token, link);
        assertThat(used.headers().firstValue("Location").orElse("")).endsWith("/guardian");
        assertThat(guardian.get("/guardian").statusCode()).isEqualTo(200);

        Visitor someoneElse = new Visitor(port);
        assertThat(someoneElse.get(link).body()).contains("already used or has expired");
        HttpResponse<String> again = postForm(someoneElse, "/sign-in/link", "token=" + token, "/login");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("already used or has expired");
        assertThat(someoneElse.get("/guardian").statusCode()).isEqualTo(302);
        assertThat(inbox.newest("guardian2", 100)).noneMatch(n -> n.kind() == NotificationKind.SIGN_IN_LINK);
    }

    @Test
    void aGuardianChoosesAPasswordAsTheySignInAndUsesItNextTime() throws Exception {
        String token = links.issue("guardian4", "/guardian", Duration.ofMinutes(30));
        String link = "/sign-in/link?token=" + token;

        Visitor guardian = new Visitor(port);
        HttpResponse<String> tooShort = postForm(guardian, "/sign-in/link",
                "token=" + token + "&password=short&repeated=short", link);
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("at least 10 characters").contains("The link works once");

        HttpResponse<String> used = postForm(guardian, "/sign-in/link",
                "token=" + token + "&password=" + enc("maple river 1987") + "&repeated=" + enc("maple river 1987"), link);
        assertThat(used.headers().firstValue("Location").orElse("")).endsWith("/guardian");
        assertThat(new Visitor(port).submitLogin("guardian4", "maple river 1987").headers().firstValue("Location")
                .orElse("")).doesNotContain("error");
    }

    @Test
    void anUnknownAddressAnswersTheSameAndSendsNothing() throws Exception {
        HttpResponse<String> asked = postForm(new Visitor(port), "/sign-in/email-link",
                "email=" + enc("nobody@nowhere.example.com"));
        assertThat(asked.body()).contains("a sign-in link is on its way");
        assertThat(outbox.sendDue()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void staffCannotSignInByLinkAndAnExpiredLinkIsRefused() {
        postForm(new Visitor(port), "/sign-in/email-link", "email=" + enc(accounts.contact("teacher.math")
                .orElseThrow().email()));
        assertThat(outbox.sendDue()).isZero();

        String staffToken = links.issue("teacher.math", "/teacher", Duration.ofMinutes(5));
        Visitor visitor = new Visitor(port);
        postForm(visitor, "/sign-in/link", "token=" + staffToken, "/sign-in/link?token=" + staffToken);
        assertThat(visitor.get("/teacher").statusCode()).isEqualTo(302);

        String expired = links.issue("guardian3", "/guardian", Duration.ofMinutes(-1));
        assertThat(new Visitor(port).get("/sign-in/link?token=" + expired).body()).contains("has expired");
    }

    @Test
    void aLinkLeadsOnlyToThisApplication() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> links.issue("guardian1", "//evil.example.com",
                Duration.ofMinutes(5))).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> links.issue("guardian1", "https://evil.example.com",
                Duration.ofMinutes(5))).isInstanceOf(IllegalArgumentException.class);
    }

    private static HttpResponse<String> postForm(Visitor visitor, String path, String form) {
        return postForm(visitor, path, form, path);
    }

    /** Posts a form with the CSRF token of the page it is on, as a browser does. */
    private static HttpResponse<String> postForm(Visitor visitor, String path, String form, String page) {
        Matcher csrf = CSRF.matcher(visitor.get(page).body());
        assertThat(csrf.find()).isTrue();
        return visitor.send(visitor.request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + enc(csrf.group(1)))));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
