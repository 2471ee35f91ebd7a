package org.pathwayplanner.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Administrators see the e-mails of notifications: to whom, what, and whether each was sent, held (no SMTP server:
 * what the demo would have sent), waiting for a retry, or given up.
 */
@Controller
class MailOutboxController {

    static final int SHOWN = 200;

    /** One e-mail of the outbox. */
    record Line(Instant at, String recipient, String sentence, String state, int attempts, String error) {
    }

    private final JdbcTemplate jdbc;
    private final NotificationText text;

    MailOutboxController(JdbcTemplate jdbc, NotificationText text) {
        this.jdbc = jdbc;
        this.text = text;
    }

    @GetMapping("/admin/outbox")
    String outbox(Model model, Locale locale) {
        model.addAttribute("lines", jdbc.query("select id, recipient, kind, step_key, about, link, created_at, read_at,"
                        + " email_state, email_attempts, email_error from notification where email_state <> 'NONE'"
                        + " order by created_at desc, id desc fetch first " + SHOWN + " rows only",
                (rs, i) -> {
                    Notification n = NotificationInbox.notification(rs, i);
                    Timestamp at = rs.getTimestamp(7);
                    return new Line(at.toInstant(), n.recipient(), text.sentence(n, locale), rs.getString(9),
                            rs.getInt(10), rs.getString(11));
                }));
        return "notifications/outbox";
    }
}
