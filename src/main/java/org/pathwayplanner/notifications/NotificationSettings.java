package org.pathwayplanner.notifications;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notifications reach people ({@code pathway-planner.notifications.*}, see docs/operations.md). The SMTP server
 * is Spring Boot's {@code spring.mail.*}: without {@code spring.mail.host} nothing is sent and e-mails are held
 * for the administrators' outbox page.
 *
 * @param publicUrl    the address people reach the application at, for the links in e-mails
 * @param from         the sender address of the e-mails
 * @param sendEvery    how often the outbox is sent
 * @param digestCron   when the daily digest goes (the server's time zone)
 * @param maxAttempts  sends tried before an e-mail is given up as failed (the wait doubles from a minute, to an hour)
 */
@ConfigurationProperties("pathway-planner.notifications")
record NotificationSettings(
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("pathway-planner@localhost") String from,
        @DefaultValue("30s") Duration sendEvery,
        @DefaultValue("0 0 7 * * *") String digestCron,
        @DefaultValue("8") int maxAttempts) {
}
