package org.pathwayplanner.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwayplanner.pathways.PathwayFixtures.counselor;
import static org.pathwayplanner.pathways.PathwayFixtures.teacher;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.pathways.MentorInvitations.IssuedLink;
import org.pathwayplanner.pathways.MentorInvitations.NewMentor;
import org.pathwayplanner.pathways.PathwayFixtures.Proposer;
import org.pathwayplanner.pathways.PathwayViews.ProposalView;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.progress.StudentProgress;
import org.pathwayplanner.security.Visitor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The mentor's timesheet and files pages, over real HTTP (the mentor's door is a filter chain of its own): the invited
 * mentor confirms and disputes weeks and attaches files to their one pathway; a revoked mentor gets 403; another
 * pathway's mentor reaches only their own; district accounts, the student among them, are nobody there.
 */
@PlannerTest
class TimesheetMentorPagesTests {

    private static final NewMentor MENTOR = TimesheetConfirmationTests.MENTOR;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final LocalDate FIRST_DAY = TimesheetConfirmationTests.FIRST_DAY;
    private static final LocalDate A_WEEK_LATER = TimesheetConfirmationTests.A_WEEK_LATER;

    @Autowired
    PathwayService pathways;
    @Autowired
    PathwayTasks tasks;
    @Autowired
    TaskService taskService;
    @Autowired
    MentorInvitations invitations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PeopleDirectory people;
    @Autowired
    StudentProgress progress;
    @LocalServerPort
    int port;

    PathwayFixtures fixtures;
    PathwayJourney journey;

    @BeforeEach
    void fixtures() {
        fixtures = new PathwayFixtures(jdbc, people, progress, pathways);
        journey = new PathwayJourney(pathways, tasks, taskService);
    }

    @Test
    void theMentorConfirmsOneWeekAndDisputesAnotherWithACommentBesideTheField() {
        Proposer p = fixtures.aMinorInGrade11();
        ProposalView pathway = journey.active(p, PathwayFixtures.internship(p.target()));
        Visitor mentor = signedInMentor(invitations.invite(teacher(p.teacher()), p.student().id(), pathway.id(), MENTOR));
        pathways.logHours(p.viewer(), pathway.id(), FIRST_DAY, new BigDecimal("6"), "Sample intake");
        pathways.logHours(p.viewer(), pathway.id(), A_WEEK_LATER, new BigDecimal("7.5"), "Analysis <b>bold</b>");
        String first = TimesheetLine.weekOf(FIRST_DAY).toString();
        String second = TimesheetLine.weekOf(A_WEEK_LATER).toString();

        String page = mentor.get("/mentor/timesheets").body();
        assertThat(page).contains("id=\"confirm-" + first + "\"").contains("id=\"dispute-" + second + "\"")
                .contains("Analysis &lt;b&gt;bold&lt;/b&gt;").doesNotContain("<b>bold</b>");
        assertThat(post(mentor, "/mentor/timesheets/" + first + "/confirm", page).statusCode()).isEqualTo(302);
        HttpResponse<String> refused = post(mentor, "/mentor/timesheets/" + second + "/dispute", page, "comment=");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"comment-" + second + "-error\"");
        assertThat(post(mentor, "/mentor/timesheets/" + second + "/dispute", page,
                "comment=Only 5 hours: you left early").statusCode()).isEqualTo(302);

        String after = mentor.get("/mentor/timesheets").body();
        assertThat(after).contains("id=\"week-state-" + first + "\"").doesNotContain("id=\"confirm-" + first + "\"");
        String studentPage = new Visitor(port).signIn(p.student().username(), "demo")
                .get("/student/pathways/" + pathway.id()).body();
        assertThat(studentPage).contains("id=\"dispute-comment-" + second + "\"").contains("Only 5 hours: you left early");
        String teacherPage = new Visitor(port).signIn(p.teacher(), "demo")
                .get("/students/" + p.student().id() + "/pathways/" + pathway.id() + "/mentor").body();
        assertThat(teacherPage).contains("id=\"timesheet-weeks\"").contains("id=\"week-state-" + first + "\"");
    }

    @Test
    void theMentorAttachesAFileToTheirPathwayWithTheChecksOfEveryUpload() {
        Proposer p = fixtures.aMinorInGrade11();
        ProposalView pathway = journey.active(p, PathwayFixtures.internship(p.target()));
        Visitor mentor = signedInMentor(invitations.invite(teacher(p.teacher()), p.student().id(), pathway.id(), MENTOR));
        String page = mentor.get("/mentor/files").body();
        assertThat(page).contains("id=\"file-form\"");

        HttpResponse<String> program = upload(mentor, page, "notes.pdf", "MZ this is no PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(program.statusCode()).isEqualTo(400);
        assertThat(program.body()).contains("id=\"file-error\"");
        HttpResponse<String> sent = upload(mentor, page, "supervision notes.pdf", pdf());
        assertThat(sent.statusCode()).isEqualTo(302);

        assertThat(jdbc.queryForObject("select uploader_kind || ' ' || uploaded_by from pathway_file where proposal_id = ?",
                String.class, pathway.id())).isEqualTo("MENTOR " + MENTOR.name() + " <" + MENTOR.email() + ">");
        assertThat(mentor.get("/mentor/files").body()).contains("supervision notes.pdf");
    }

    @Test
    void aRevokedMentorGets403OnTheTimesheetAndTheFiles() {
        Proposer p = fixtures.aMinorInGrade11();
        ProposalView pathway = journey.active(p, PathwayFixtures.internship(p.target()));
        Visitor mentor = signedInMentor(invitations.invite(teacher(p.teacher()), p.student().id(), pathway.id(), MENTOR));
        pathways.logHours(p.viewer(), pathway.id(), FIRST_DAY, new BigDecimal("6"), "Sample intake");
        String page = mentor.get("/mentor/timesheets").body();
        String filesPage = mentor.get("/mentor/files").body();

        invitations.revoke(counselor(p.counselor()), p.student().id(), pathway.id());

        assertThat(mentor.get("/mentor/timesheets").statusCode()).isEqualTo(403);
        assertThat(post(mentor, "/mentor/timesheets/" + TimesheetLine.weekOf(FIRST_DAY) + "/confirm", page).statusCode())
                .isEqualTo(403);
        assertThat(mentor.get("/mentor/files").statusCode()).isEqualTo(403);
        assertThat(upload(mentor, filesPage, "notes.pdf", pdf()).statusCode()).isEqualTo(403);
        assertThat(reviewsOf(pathway.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from pathway_file where proposal_id = ?", Long.class,
                pathway.id())).isZero();
    }

    @Test
    void aMentorConfirmsOnlyThePathwayTheyWereInvitedTo() {
        Proposer first = fixtures.aMinorInGrade11();
        Proposer second = fixtures.aMinorInGrade11();
        ProposalView firstPathway = journey.active(first, PathwayFixtures.internship(first.target()));
        ProposalView secondPathway = journey.active(second, PathwayFixtures.internship(second.target()));
        invitations.invite(teacher(first.teacher()), first.student().id(), firstPathway.id(), MENTOR);
        Visitor otherMentor = signedInMentor(invitations.invite(teacher(second.teacher()), second.student().id(),
                secondPathway.id(), new NewMentor("Sam Lee", "City Clinic", "slee@clinic.example.org")));
        pathways.logHours(first.viewer(), firstPathway.id(), FIRST_DAY, new BigDecimal("6"), "Sample intake");

        String page = otherMentor.get("/mentor/timesheets").body();
        assertThat(page).doesNotContain("Sample intake");
        HttpResponse<String> answer = post(otherMentor, "/mentor/timesheets/" + TimesheetLine.weekOf(FIRST_DAY)
                + "/confirm", otherMentor.get("/mentor").body());

        assertThat(answer.statusCode()).as("nothing of their own pathway waits in that week").isEqualTo(409);
        assertThat(reviewsOf(firstPathway.id())).isZero();
    }

    @Test
    void districtAccountsTheStudentAmongThemAreNobodyOnTheMentorsPagesBySessionOrByBasic() {
        Proposer p = fixtures.aMinorInGrade11();
        ProposalView pathway = journey.active(p, PathwayFixtures.internship(p.target()));
        invitations.invite(teacher(p.teacher()), p.student().id(), pathway.id(), MENTOR);
        pathways.logHours(p.viewer(), pathway.id(), FIRST_DAY, new BigDecimal("6"), "Sample intake");
        String confirm = "/mentor/timesheets/" + TimesheetLine.weekOf(FIRST_DAY) + "/confirm";

        for (String account : new String[] {p.viewer().username(), p.teacher(), p.counselor()}) {
            Visitor visitor = new Visitor(port).signIn(account, "demo");
            assertThat(visitor.get("/mentor/timesheets").statusCode()).as(account).isEqualTo(401);
            assertThat(visitor.get("/mentor/files").statusCode()).as(account).isEqualTo(401);
            assertThat(post(visitor, confirm, visitor.get("/tasks").body()).statusCode()).as(account).isIn(401, 403);
            Visitor byBasic = new Visitor(port);
            String csrf = csrfOf(byBasic.get("/login").body());
            HttpResponse<String> basic = byBasic.send(byBasic.request(confirm)
                    .header("Authorization", Visitor.basic(account, "demo"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf)));
            assertThat(basic.statusCode()).as(account + " by Basic").isEqualTo(401);
        }
        assertThat(reviewsOf(pathway.id())).isZero();
    }

    @Test
    void theTeachersAssessmentAsksToAcceptTheReasonWhenFewerThanThePlannedHoursAreConfirmed() {
        Proposer p = fixtures.aMinorInGrade11();
        ProposalView pathway = journey.active(p, PathwayFixtures.internship(p.target()));
        invitations.invite(teacher(p.teacher()), p.student().id(), pathway.id(), MENTOR);
        journey.logsPlannedHours(p, pathway.id());
        assertThat(new Visitor(port).signIn(p.student().username(), "demo").get("/student/pathways/" + pathway.id())
                .body()).contains("id=\"shortfall-hint\"").contains("0 of the 40 planned hours are confirmed");
        pathways.markComplete(p.viewer(), pathway.id(), "My mentor was away for two weeks");

        String page = new Visitor(port).signIn(p.teacher(), "demo")
                .get("/tasks/" + journey.taskId(pathway.id(), "AssessPathway")).body();

        assertThat(page).contains("id=\"acceptShortfall\"").contains("My mentor was away for two weeks");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private long reviewsOf(long proposalId) {
        return jdbc.queryForObject("select count(*) from pathway_timesheet_review where proposal_id = ?", Long.class,
                proposalId);
    }

    private Visitor signedInMentor(IssuedLink link) {
        Visitor mentor = new Visitor(port);
        String page = mentor.get("/mentor/link?token=" + link.token()).body();
        HttpResponse<String> opened = mentor.send(mentor.request("/mentor/link")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + link.token() + "&_csrf=" + csrfOf(page))));
        assertThat(opened.statusCode()).isEqualTo(302);
        return mentor;
    }

    private static HttpResponse<String> post(Visitor visitor, String path, String page, String... fields) {
        StringBuilder body = new StringBuilder("_csrf=").append(csrfOf(page));
        for (String field : fields) {
            int eq = field.indexOf('=');
            body.append('&').append(field, 0, eq + 1)
                    .append(URLEncoder.encode(field.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return visitor.send(visitor.request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** A multipart form as a browser sends it: the file, what it shows, and the page's CSRF token. */
    private static HttpResponse<String> upload(Visitor visitor, String page, String name, byte[] content) {
        String boundary = "----mentor-files-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrfOf(page)
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\nSupervision notes"
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return visitor.send(visitor.request("/mentor/files")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-CSRF-TOKEN", csrfOf(page))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0"
                + " >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static String csrfOf(String page) {
        Matcher m = CSRF.matcher(page);
        return m.find() ? m.group(1) : "none";
    }
}
