package org.pathwayplanner.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.security.Visitor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The in-app list: every page's header counts the unread; a notification read leads where it says; nobody reads
 * another person's; choices are kept and a made-up choice is refused.
 */
@PlannerTest
class NotificationPagesTests {

    @LocalServerPort
    int port;
    @Autowired
    NotificationInbox inbox;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theHeaderCountsTheUnreadAndReadingOneLeadsWhereItSays() {
        jdbc.update("update notification set read_at = current_timestamp where recipient = 'counselor3'");
        inbox.post("counselor3", NotificationKind.TASK_WAITING, "pathways.step.CounselorApproval", "Maya Lopez",
                "/tasks");
        Visitor counselor = new Visitor(port).signIn("counselor3", "demo");

        assertThat(counselor.get("/counselor").body()).contains("Notifications (1 new)");
        String list = counselor.get("/notifications").body();
        assertThat(list).contains("Counselor approval waits for you: Maya Lopez");
        long id = jdbc.queryForObject("select max(id) from notification where recipient = 'counselor3'", Long.class);

        HttpResponse<String> read = post(counselor, "/notifications/" + id + "/read", "");
        assertThat(read.headers().firstValue("Location").orElse("")).endsWith("/tasks");
        assertThat(inbox.unread("counselor3")).isZero();
        assertThat(counselor.get("/counselor").body()).doesNotContain("new)");
    }

    @Test
    void nobodyReadsAnotherPersonsNotification() {
        inbox.post("student1", NotificationKind.PATHWAY_COMPLETED, null, "Private title", "/student/pathways");
        long id = jdbc.queryForObject("select max(id) from notification where recipient = 'student1'", Long.class);
        Visitor other = new Visitor(port).signIn("student2", "demo");

        assertThat(post(other, "/notifications/" + id + "/read", "").statusCode()).isEqualTo(404);
        assertThat(other.get("/notifications").body()).doesNotContain("Private title");
        assertThat(jdbc.queryForObject("select read_at from notification where id = ?", java.sql.Timestamp.class, id))
                .isNull();
    }

    @Test
    void choicesAreKeptAndAMadeUpOneIsRefused() {
        Visitor teacher = new Visitor(port).signIn("teacher.sci", "demo");

        HttpResponse<String> saved = post(teacher, "/notifications/preferences",
                "TASK_WAITING=DAILY&REVIEW_ESCALATED=OFF&language=es");
        assertThat(saved.headers().firstValue("Location").orElse("")).endsWith("/notifications/preferences?saved");
        assertThat(inbox.choices("teacher.sci")).containsEntry(NotificationKind.TASK_WAITING, Delivery.DAILY)
                .containsEntry(NotificationKind.REVIEW_ESCALATED, Delivery.OFF)
                .containsEntry(NotificationKind.PROPOSAL_DECIDED, Delivery.IMMEDIATE);
        assertThat(inbox.languageOf("teacher.sci")).isEqualTo("es");

        assertThat(post(teacher, "/notifications/preferences", "TASK_WAITING=LOUDLY").statusCode()).isEqualTo(400);
        assertThat(post(teacher, "/notifications/preferences", "language=fr").statusCode()).isEqualTo(400);
        assertThat(inbox.choices("teacher.sci")).containsEntry(NotificationKind.TASK_WAITING, Delivery.DAILY);
    }

    private static HttpResponse<String> post(Visitor visitor, String path, String form) {
        String csrf = "_csrf=" + URLEncoder.encode(visitor.csrfToken(), StandardCharsets.UTF_8);
        return visitor.send(visitor.request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.isEmpty() ? csrf : form + "&" + csrf)));
    }
}
