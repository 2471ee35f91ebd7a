package org.pathwayplanner.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.pathwayplanner.people.Accounts;
import org.pathwayplanner.people.Accounts.Contact;
import org.pathwayplanner.security.SignInLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the e-mails of notifications after the transactions that wrote them committed (the notification table is the
 * outbox), so sending never blocks or breaks the action that caused it. Each e-mail is claimed by one instance before
 * it is sent; a failed send is retried with a doubling wait and given up after {@code max-attempts}, visible to
 * administrators on the outbox page. Without an SMTP server e-mails are held, not sent.
 */
@Component
class MailOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);
    private static final int BATCH = 100;
    static final Duration SIGN_IN_LINK_VALID = Duration.ofMinutes(30);
    static final Duration CONSENT_LINK_VALID = Duration.ofDays(3);

    private final JdbcTemplate jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final Accounts accounts;
    private final NotificationInbox inbox;
    private final NotificationText text;
    private final NotificationSettings settings;
    private final Clock clock;
    private final SignInLinks links;

    MailOutbox(JdbcTemplate jdbc, ObjectProvider<JavaMailSender> mail, Accounts accounts, NotificationInbox inbox,
            NotificationText text, NotificationSettings settings, Clock clock, SignInLinks links) {
        this.links = links;
        this.jdbc = jdbc;
        this.mail = mail;
        this.accounts = accounts;
        this.inbox = inbox;
        this.text = text;
        this.settings = settings;
        this.clock = clock;
    }

    /** Sends what is due now; answers how many were sent. */
    int sendDue() {
        int sent = 0;
        Timestamp now = Timestamp.from(clock.instant());
        List<Notification> due = jdbc.query("select id, recipient, kind, step_key, about, link, created_at, read_at"
                + " from notification where email_state = 'PENDING' and email_due_at <= ? order by id"
                + " fetch first " + BATCH + " rows only", NotificationInbox::notification, now);
        for (Notification n : due) {
            if (claim(List.of(n.id()), "PENDING") && send(n.recipient(), List.of(n), false)) {
                sent++;
            }
        }
        return sent;
    }

    /** One e-mail per person of what they chose to hear about once a day. */
    int sendDigests() {
        Map<String, List<Notification>> byRecipient = new LinkedHashMap<>();
        jdbc.query("select id, recipient, kind, step_key, about, link, created_at, read_at from notification"
                        + " where email_state = 'DIGEST' and email_due_at <= ? order by recipient, id",
                NotificationInbox::notification, Timestamp.from(clock.instant()))
                .forEach(n -> byRecipient.computeIfAbsent(n.recipient(), r -> new ArrayList<>()).add(n));
        int sent = 0;
        for (Map.Entry<String, List<Notification>> e : byRecipient.entrySet()) {
            List<Long> ids = e.getValue().stream().map(Notification::id).toList();
            if (claim(ids, "DIGEST") && send(e.getKey(), e.getValue(), true)) {
                sent++;
            }
        }
        return sent;
    }

    /** Only the instance whose update changed every row sends them. */
    private boolean claim(List<Long> ids, String from) {
        int claimed = 0;
        for (long id : ids) {
            claimed += jdbc.update("update notification set email_state = 'SENDING' where id = ? and email_state = ?",
                    id, from);
        }
        return claimed == ids.size();
    }

    private boolean send(String recipient, List<Notification> notifications, boolean digest) {
        Optional<Contact> contact = accounts.contact(recipient);
        JavaMailSender sender = mail.getIfAvailable();
        if (contact.isEmpty() || contact.get().email() == null || contact.get().email().isBlank()) {
            mark(notifications, "NONE", null);
            return false;
        }
        if (sender == null) {
            mark(notifications, "HELD", "No SMTP server is configured (spring.mail.host)");
            return false;
        }
        try {
            sender.send(message(contact.get(), notifications, digest));
            mark(notifications, "SENT", null);
            return true;
        } catch (MailException e) {
            LOG.warn("E-mail to {} not sent: {}", recipient, e.getMessage());
            retryLater(notifications, e.getMessage(), digest ? "DIGEST" : "PENDING");
            return false;
        }
    }

    SimpleMailMessage message(Contact to, List<Notification> notifications, boolean digest) {
        Locale locale = Locale.forLanguageTag(inbox.languageOf(to.username()));
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.from());
        message.setTo(to.email());
        message.setSubject(digest ? text.digestSubject(notifications.size(), locale)
                : text.subject(notifications.get(0).kind(), locale));
        StringBuilder body = new StringBuilder(text.line("notification.mail.greeting",
                new Object[] {to.displayName()}, locale)).append("\n\n");
        for (Notification n : notifications) {
            body.append("- ").append(text.sentence(n, locale)).append("\n  ").append(url(to, n, locale))
                    .append("\n");
        }
        body.append("\n").append(text.line("notification.mail.signIn", null, locale)).append("\n")
                .append(text.line("notification.mail.choices", new Object[] {settings.publicUrl()
                        + "/notifications/preferences"}, locale)).append("\n");
        message.setText(body.toString());
        return message;
    }

    /**
     * Where the e-mail leads. A guardian (who usually has no district account) gets a one-time sign-in link straight
     * to the page, made now so that its token exists only in the e-mail; everyone else a link that asks to sign in.
     */
    private String url(Contact to, Notification n, Locale locale) {
        Duration valid = n.kind() == NotificationKind.SIGN_IN_LINK ? SIGN_IN_LINK_VALID
                : "GUARDIAN".equals(to.role()) && n.kind() == NotificationKind.CONSENT_REQUESTED ? CONSENT_LINK_VALID
                : null;
        if (valid == null) {
            return settings.publicUrl() + n.link();
        }
        String token = links.issue(to.username(), n.link(), valid);
        return settings.publicUrl() + "/sign-in/link?token=" + token + "\n  " + text.line("notification.mail.link",
                new Object[] {ReadableDuration.of(valid, locale)}, locale);
    }

    private void mark(List<Notification> notifications, String state, String error) {
        for (Notification n : notifications) {
            jdbc.update("update notification set email_state = ?, email_error = ? where id = ?", state, error, n.id());
        }
    }

    private void retryLater(List<Notification> notifications, String error, String retryState) {
        for (Notification n : notifications) {
            Integer attempts = jdbc.queryForObject("select email_attempts from notification where id = ?",
                    Integer.class, n.id());
            int tried = (attempts == null ? 0 : attempts) + 1;
            boolean giveUp = tried >= settings.maxAttempts();
            Instant due = clock.instant().plus(Duration.ofMinutes(Math.min(60, 1L << Math.min(tried - 1, 6))));
            jdbc.update("update notification set email_state = ?, email_attempts = ?, email_due_at = ?,"
                            + " email_error = ? where id = ?", giveUp ? "FAILED" : retryState, tried,
                    Timestamp.from(due), error == null ? "?" : error.substring(0, Math.min(500, error.length())),
                    n.id());
        }
    }
}
