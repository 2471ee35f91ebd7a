package org.pathwayplanner.transcript.release;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.transcript.release.ReleaseRecords.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The recipient's e-mail, sent after the release committed (the release row is the outbox). Its link is made when the
 * e-mail is sent, so the token exists only in the e-mail; it lives {@code link-days} from then. Without an SMTP
 * server ({@code spring.mail.host}) the e-mail waits, and the counselor's page says so.
 */
@Component
class RecipientMail {

    private static final Logger LOG = LoggerFactory.getLogger(RecipientMail.class);
    private static final int BATCH = 50;

    private final ReleaseRecords records;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final PeopleDirectory people;
    private final Clock clock;
    private final Duration valid;
    private final String publicUrl;
    private final String from;
    private final String district;

    RecipientMail(ReleaseRecords records, ObjectProvider<JavaMailSender> mail, MessageSource messages,
            PeopleDirectory people, Clock clock,
            @Value("${pathway-planner.transcript-release.link-days:14}") int linkDays,
            @Value("${pathway-planner.notifications.public-url:http://localhost:8080}") String publicUrl,
            @Value("${pathway-planner.notifications.from:pathway-planner@localhost}") String from,
            @Value("${pathway-planner.district.name:}") String district) {
        this.records = records;
        this.mail = mail;
        this.messages = messages;
        this.people = people;
        this.clock = clock;
        this.valid = Duration.ofDays(linkDays);
        this.publicUrl = publicUrl;
        this.from = from;
        this.district = district;
    }

    @Scheduled(fixedDelayString = "${pathway-planner.notifications.send-every:30s}")
    @SchedulerLock(name = "transcript-release-mail", lockAtMostFor = "PT10M")
    void sendDue() {
        send(mail.getIfAvailable());
    }

    /** Sends the e-mails due through this sender (none: they wait); answers how many were sent. */
    int send(JavaMailSender sender) {
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (Row row : records.mailDue(BATCH)) {
            if (!records.claimMail(row.id())) {
                continue;
            }
            String token = LinkTokens.newToken();
            Instant now = clock.instant();
            records.linkIssued(row.id(), LinkTokens.hash(token), now.plus(valid));
            try {
                sender.send(message(row, token));
                records.mailSent(row.id(), now);
                sent++;
            } catch (MailException e) {
                LOG.warn("Transcript release {}: e-mail to the recipient not sent: {}", row.id(), e.getMessage());
                records.mailFailed(row.id(), e.getMessage());
            }
        }
        return sent;
    }

    SimpleMailMessage message(Row row, String token) {
        Locale locale = Locale.forLanguageTag(row.language());
        String student = people.student(row.studentId()).map(StudentView::fullName).orElse("");
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(row.email());
        message.setSubject(messages.getMessage("release.mail.subject", new Object[] {district}, locale));
        message.setText(messages.getMessage("release.mail.body", new Object[] {row.recipientName(), district,
                student, row.purpose(), publicUrl + "/released/" + token, valid.toDays()}, locale));
        return message;
    }
}
