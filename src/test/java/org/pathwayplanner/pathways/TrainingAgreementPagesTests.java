package org.pathwayplanner.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwayplanner.pathways.PathwayFixtures.internship;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.pathways.AgreementJourney.AwaitingSignatures;
import org.pathwayplanner.pathways.PathwayFixtures.Proposer;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.progress.StudentProgress;
import org.pathwayplanner.security.Visitor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The agreement's pages over real HTTP: only the parties of that pathway sign, each as themselves, with CSRF on;
 * sessions of other people, HTTP Basic and no sign-in sign nothing; the mentor signs within their own session only;
 * what people typed comes back escaped.
 */
@PlannerTest
class TrainingAgreementPagesTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern HASH = Pattern.compile("name=\"textSha256\" value=\"([0-9a-f]{64})\"");

    @Autowired
    PathwayService pathways;
    @Autowired
    TrainingAgreements agreements;
    @Autowired
    PeopleDirectory people;
    @Autowired
    StudentProgress progress;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext application;
    @LocalServerPort
    int port;

    PathwayFixtures fixtures;
    AgreementJourney journey;

    @BeforeEach
    void fixtures() {
        fixtures = new PathwayFixtures(jdbc, people, progress, pathways);
        journey = new AgreementJourney(application);
    }

    @Test
    void eachPartySignsOnTheirOwnPageAndOnlyThey() {
        Proposer p = fixtures.aMinorInGrade11();
        Proposer other = fixtures.aMinorInGrade11();
        AwaitingSignatures waiting = journey.awaitingSignatures(p, internship(p.target()), "Dr. Lena Ortiz",
                "Hartford Hospital", "lortiz@hospital.example.org");
        long id = waiting.proposal().id();
        String page = "/pathways/" + id + "/agreement";

        // not signed in, and HTTP Basic (a page takes the session only): the login page, nothing signed
        HttpResponse<String> anonymous = new Visitor(port).get(page);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/login");
        for (String username : new String[] {p.student().username(), p.guardian(), p.counselor(), "admin"}) {
            HttpResponse<String> basic = new Visitor(port).send(new Visitor(port).request(page)
                    .header("Authorization", Visitor.basic(username, "demo"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("fullName=x&agree=true")));
            assertThat(basic.statusCode()).as("Basic " + username).isIn(302, 401, 403);
        }

        // the student: the form, then a wrong name beside the field, then signed
        Visitor student = new Visitor(port).signIn(p.student().username(), "demo");
        HttpResponse<String> form = student.get(page);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("agreement-sign").contains("TRAINING AGREEMENT");
        HttpResponse<String> wrong = sign(student, page, form.body(), "<b>Not Me</b>", true);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("id=\"fullName-error\"").contains("&lt;b&gt;Not Me&lt;/b&gt;")
                .doesNotContain("<b>Not Me</b>");
        assertThat(sign(student, page, form.body(), p.student().fullName(), true).statusCode()).isEqualTo(302);
        HttpResponse<String> again = sign(student, page, form.body(), p.student().fullName(), true);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("agreement-refused");

        // without the CSRF token nothing is signed
        Visitor guardian = new Visitor(port).signIn(p.guardian(), "demo");
        String guardianForm = guardian.get(page).body();
        HttpResponse<String> forged = guardian.send(guardian.request(page)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("fullName=" + enc(journey.nameOf(p.guardian()))
                        + "&agree=true&textSha256=" + hashOf(guardianForm))));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(sign(guardian, page, guardianForm, journey.nameOf(p.guardian()), true).statusCode()).isEqualTo(302);

        // the student's teacher may read it but is no party; another family and another counselor may not even read
        Visitor teacher = new Visitor(port).signIn(p.teacher(), "demo");
        String teacherPage = teacher.get(page).body();
        assertThat(teacherPage).doesNotContain("agreement-sign");
        assertThat(sign(teacher, page, teacherPage, journey.nameOf(p.teacher()), true).statusCode()).isEqualTo(403);
        Visitor otherGuardian = new Visitor(port).signIn(other.guardian(), "demo");
        assertThat(otherGuardian.get(page).statusCode()).isEqualTo(403);
        assertThat(sign(otherGuardian, page, otherGuardian.get("/guardian").body(), "Anyone", true).statusCode())
                .isEqualTo(403);
        if (!other.counselor().equals(p.counselor())) {
            Visitor otherCounselor = new Visitor(port).signIn(other.counselor(), "demo");
            assertThat(otherCounselor.get(page).statusCode()).isEqualTo(403);
        }
        // a district session is nobody on the mentor's pages
        assertThat(student.get("/mentor/agreement").statusCode()).isEqualTo(401);

        assertThat(agreements.current(id).orElseThrow().parties()).filteredOn(TrainingAgreement.Signer::signed)
                .extracting(TrainingAgreement.Signer::party)
                .containsExactly(TrainingAgreement.Party.STUDENT, TrainingAgreement.Party.GUARDIAN);

        // the coordinator, then the mentor by their link: the pathway becomes active
        Visitor counselor = new Visitor(port).signIn(p.counselor(), "demo");
        assertThat(counselor.get("/counselor").body()).contains("agreement-of-" + id);
        assertThat(sign(counselor, page, counselor.get(page).body(), journey.nameOf(p.counselor()), true)
                .statusCode()).isEqualTo(302);
        Visitor mentor = new Visitor(port);
        String linkPage = mentor.get(waiting.mentorLink()).body();
        String token = waiting.mentorLink().substring(waiting.mentorLink().indexOf("token=") + 6);
        assertThat(mentor.send(mentor.request("/mentor/link").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + token + "&_csrf=" + csrfOf(linkPage))))
                .statusCode()).isEqualTo(302);
        assertThat(mentor.get("/mentor").body()).contains("open-agreement");
        String mentorForm = mentor.get("/mentor/agreement").body();
        assertThat(mentorForm).contains("agreement-sign");
        assertThat(sign(mentor, "/mentor/agreement", mentorForm, "dr. lena ortiz", false).statusCode()).isEqualTo(400);
        assertThat(sign(mentor, "/mentor/agreement", mentorForm, "dr. lena ortiz", true).statusCode()).isEqualTo(302);

        assertThat(journey.now(id).status()).isEqualTo("ACTIVE");
        assertThat(student.get(page).body()).contains("agreement-complete");
    }

    private static HttpResponse<String> sign(Visitor visitor, String path, String formPage, String name,
            boolean agree) {
        String hash = HASH.matcher(formPage).find() ? hashOf(formPage) : "0".repeat(64);
        return visitor.send(visitor.request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("fullName=" + enc(name) + (agree ? "&agree=true" : "")
                        + "&textSha256=" + hash + "&_csrf=" + csrfOf(formPage))));
    }

    private static String hashOf(String page) {
        Matcher m = HASH.matcher(page);
        if (!m.find()) {
            throw new AssertionError("No agreement hash on the page");
        }
        return m.group(1);
    }

    private static String csrfOf(String page) {
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new AssertionError("No CSRF token on the page");
        }
        return m.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
