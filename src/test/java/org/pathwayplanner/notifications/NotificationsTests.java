package org.pathwayplanner.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.pathways.PathwayFixtures;
import org.pathwayplanner.pathways.PathwayFixtures.Proposer;
import org.pathwayplanner.pathways.PathwayJourney;
import org.pathwayplanner.pathways.PathwayService;
import org.pathwayplanner.pathways.PathwayTasks;
import org.pathwayplanner.pathways.PathwayViews.ProposalView;
import org.pathwayplanner.people.Accounts;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One proposal walked from submission to credit tells exactly the people who must act or want to know, each by
 * e-mail in their language, with no student's name or grade in a subject; choices are honoured (off, daily digest);
 * an SMTP outage delays e-mail but loses none. The SMTP server is GreenMail, in the test's own process.
 */
@PlannerTest
class NotificationsTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.context.ApplicationContext application;
    @Autowired
    Accounts accounts;
    @Autowired
    NotificationInbox inbox;
    @Autowired
    PathwayService pathways;
    @Autowired
    PathwayTasks tasks;
    @Autowired
    TaskService taskService;
    @Autowired
    PeopleDirectory people;
    @Autowired
    StudentProgress progress;

    MailOutbox outbox;
    long before;

    @BeforeEach
    void onlyThisTestsMail() {
        outbox = GreenMailOutbox.of(application);
        before = jdbc.queryForObject("select coalesce(max(id), 0) from notification", Long.class);
    }

    @Test
    void aProposalWalkedToCreditTellsExactlyThePeopleWhoMustActOrWantToKnow() throws Exception {
        PathwayFixtures fixtures = new PathwayFixtures(jdbc, people, progress, pathways);
        PathwayJourney journey = new PathwayJourney(pathways, tasks, taskService);
        Proposer p = fixtures.aMinorInGrade11();
        jdbc.update("delete from notification_preference"); // everyone as by default: at once
        inbox.choose(p.guardian(), allImmediately(), "es");
        String student = p.viewer().username();

        ProposalView proposal = journey.submitted(p, PathwayFixtures.internship(p.target()));
        Set<String> teachers = candidates(journey.taskId(proposal.id(), "TeacherReview"));
        journey.decide(PathwayFixtures.teacher(p.teacher()), proposal.id(), "TeacherReview", "APPROVE", null);
        Set<String> counselors = candidates(journey.taskId(proposal.id(), "CounselorApproval"));
        journey.decide(PathwayFixtures.counselor(p.counselor()), proposal.id(), "CounselorApproval", "APPROVE", null);
        Set<String> consentGivers = candidates(journey.taskId(proposal.id(), "GuardianConsent"));
        journey.decide(PathwayFixtures.guardian(p.guardian()), proposal.id(), "GuardianConsent", "CONSENT", null);
        journey.carriedOut(p, proposal.id());
        Set<String> assessors = candidates(journey.taskId(proposal.id(), "AssessPathway"));
        tasks.decide(PathwayFixtures.teacher(p.teacher()), journey.taskId(proposal.id(), "AssessPathway"),
                new org.pathwayplanner.pathways.TaskDecision("ASSESS", "Assessed", Map.of(p.target().id(), 3)));

        Set<String> expected = new HashSet<>();
        teachers.forEach(t -> expected.add(t + " TASK_WAITING pathways.step.TeacherReview"));
        counselors.forEach(c -> expected.add(c + " TASK_WAITING pathways.step.CounselorApproval"));
        expected.add(p.guardian() + " CONSENT_REQUESTED pathways.step.GuardianConsent");
        consentGivers.stream().filter(u -> !u.equals(p.guardian()))
                .forEach(u -> expected.add(u + " TASK_WAITING pathways.step.GuardianConsent"));
        expected.add(student + " PROPOSAL_DECIDED notification.outcome.APPROVED");
        assessors.forEach(t -> expected.add(t + " TASK_WAITING pathways.step.AssessPathway"));
        expected.add(student + " PATHWAY_COMPLETED null");
        people.guardiansOf(p.student().id()).forEach(g -> expected.add(g.username() + " PATHWAY_COMPLETED null"));
        assertThat(posted()).containsExactlyInAnyOrderElementsOf(expected);

        int sent = outbox.sendDue();

        MimeMessage[] mail = smtp.getReceivedMessages();
        long withAnAddress = expected.stream().map(e -> e.split(" ")[0])
                .filter(u -> accounts.contact(u).map(c -> c.email() != null).orElse(false)).count();
        assertThat(mail).hasSize(sent).hasSize((int) withAnAddress).hasSizeGreaterThanOrEqualTo(5);
        String guardianEmail = accounts.contact(p.guardian()).orElseThrow().email();
        List<MimeMessage> toGuardian = Arrays.stream(mail).filter(m -> recipient(m).equals(guardianEmail)).toList();
        assertThat(toGuardian).extracting(MimeMessage::getSubject)
                .containsExactlyInAnyOrder("Pathway Planner: se pide su consentimiento",
                        "Pathway Planner: una trayectoria completada");
        String consentMail = toGuardian.stream().filter(m -> subject(m).contains("consentimiento")).map(m -> body(m))
                .findFirst().orElseThrow();
        assertThat(consentMail).contains("Hola").contains("/sign-in/link?token=").contains("caduca en 3 días");
        String studentName = p.student().firstName();
        assertThat(mail).extracting(MimeMessage::getSubject).noneMatch(s -> s.contains(studentName));
        assertThat(jdbc.queryForObject("select count(*) from notification where id > ? and email_state <> 'SENT'",
                Integer.class, before)).isZero();
    }

    @Test
    void anSmtpOutageDelaysTheMailButLosesNothing() throws Exception {
        inbox.choose("teacher.ela", allImmediately(), "en");
        inbox.post("teacher.ela", NotificationKind.TASK_WAITING, "pathways.step.TeacherReview", "Ana Garcia",
                "/tasks/1");
        smtp.stop();

        assertThat(outbox.sendDue()).isZero();
        Map<String, Object> waiting = jdbc.queryForMap("select email_state, email_attempts, email_due_at from"
                + " notification where id > ?", before);
        assertThat(waiting).containsEntry("EMAIL_STATE", "PENDING").containsEntry("EMAIL_ATTEMPTS", 1);
        assertThat(outbox.sendDue()).as("not due again before its wait is over").isZero();

        smtp.start();
        jdbc.update("update notification set email_due_at = email_due_at - interval '2' minute where id > ?", before);
        assertThat(outbox.sendDue()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).isEqualTo("Pathway Planner: something waits for you"));
    }

    @Test
    void offMeansNothingAndDailyMeansOneDigest() throws Exception {
        Map<NotificationKind, Delivery> choices = allImmediately();
        choices.put(NotificationKind.TASK_WAITING, Delivery.OFF);
        choices.put(NotificationKind.REVIEW_ESCALATED, Delivery.DAILY);
        inbox.choose("counselor2", choices, "en");

        inbox.post("counselor2", NotificationKind.TASK_WAITING, "pathways.step.CounselorApproval", "A", "/tasks/1");
        inbox.post("counselor2", NotificationKind.REVIEW_ESCALATED, "pathways.step.CounselorApproval", "B", "/tasks");
        inbox.post("counselor2", NotificationKind.REVIEW_ESCALATED, "pathways.step.CounselorApproval", "C", "/tasks");

        assertThat(posted()).containsExactly("counselor2 REVIEW_ESCALATED pathways.step.CounselorApproval",
                "counselor2 REVIEW_ESCALATED pathways.step.CounselorApproval");
        assertThat(outbox.sendDue()).isZero();
        assertThat(outbox.sendDigests()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("Pathway Planner: 2 notifications today");
            assertThat(body(m)).contains("“B”").contains("“C”").contains("/notifications/preferences");
        });
    }

    @Test
    void someoneWithoutAnAddressStillSeesTheNotificationInTheList() {
        String address = accounts.contact("teacher.art").orElseThrow().email();
        jdbc.update("update user_account set email = null where username = 'teacher.art'");
        try {
            inbox.post("teacher.art", NotificationKind.TASK_WAITING, "pathways.step.TeacherReview", "A", "/tasks/1");

            assertThat(outbox.sendDue()).isZero();
            assertThat(smtp.getReceivedMessages()).isEmpty();
            assertThat(inbox.unread("teacher.art")).isPositive();
        } finally {
            jdbc.update("update user_account set email = ? where username = 'teacher.art'", address);
        }
    }

    private List<String> posted() {
        return jdbc.query("select recipient, kind, step_key from notification where id > ? order by id",
                (rs, i) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3), before);
    }

    private Set<String> candidates(String taskId) {
        return taskService.getIdentityLinksForTask(taskId).stream().map(l -> l.getUserId())
                .filter(u -> u != null).collect(Collectors.toSet());
    }

    private static Map<NotificationKind, Delivery> allImmediately() {
        Map<NotificationKind, Delivery> all = new EnumMap<>(NotificationKind.class);
        for (NotificationKind k : NotificationKind.values()) {
            all.put(k, Delivery.IMMEDIATE);
        }
        return all;
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage m) {
        try {
            return m.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
