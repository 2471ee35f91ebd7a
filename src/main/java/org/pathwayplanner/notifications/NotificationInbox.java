package org.pathwayplanner.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Everyone's notifications and their choices. A notification is posted in the caller's transaction (so it exists
 * exactly when the event that caused it does) with its e-mail still to send: the {@link MailOutbox} sends it later.
 */
@Repository
class NotificationInbox {

    static final int ABOUT_LENGTH = 200;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    NotificationInbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Posts a notification unless its recipient turned that kind off; the e-mail follows their choice. */
    void post(String recipient, NotificationKind kind, String stepKey, String about, String link) {
        if (recipient == null || recipient.isBlank()) {
            return;
        }
        boolean linkOnly = kind == NotificationKind.SIGN_IN_LINK;
        Delivery delivery = linkOnly ? Delivery.IMMEDIATE : deliveryOf(recipient, kind);
        if (delivery == Delivery.OFF) {
            return;
        }
        String state = delivery == Delivery.DAILY ? "DIGEST" : "PENDING";
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("insert into notification (recipient, kind, step_key, about, link, created_at, email_state,"
                        + " email_due_at, read_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                recipient, kind.name(), stepKey, cut(about), link, now, state, now, linkOnly ? now : null);
    }

    List<Notification> newest(String recipient, int count) {
        return jdbc.query("select id, recipient, kind, step_key, about, link, created_at, read_at from notification"
                + " where recipient = ? and kind <> 'SIGN_IN_LINK' order by created_at desc, id desc"
                + " fetch first ? rows only",
                NotificationInbox::notification, recipient, count);
    }

    long unread(String recipient) {
        Long n = jdbc.queryForObject("select count(*) from notification where recipient = ? and read_at is null",
                Long.class, recipient);
        return n == null ? 0 : n;
    }

    /** Marks one of the recipient's own notifications read; empty when it is not theirs. */
    Optional<Notification> read(String recipient, long id) {
        jdbc.update("update notification set read_at = ? where id = ? and recipient = ? and read_at is null",
                Timestamp.from(clock.instant()), id, recipient);
        return jdbc.query("select id, recipient, kind, step_key, about, link, created_at, read_at from notification"
                + " where id = ? and recipient = ?", NotificationInbox::notification, id, recipient).stream().findFirst();
    }

    int readAll(String recipient) {
        return jdbc.update("update notification set read_at = ? where recipient = ? and read_at is null",
                Timestamp.from(clock.instant()), recipient);
    }

    Map<NotificationKind, Delivery> choices(String username) {
        Map<NotificationKind, Delivery> choices = new EnumMap<>(NotificationKind.class);
        for (NotificationKind k : NotificationKind.chosen()) {
            choices.put(k, byDefault(k));
        }
        jdbc.query("select kind, delivery from notification_preference where username = ?",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> choices.put(
                        NotificationKind.valueOf(rs.getString(1)), Delivery.valueOf(rs.getString(2))), username);
        return choices;
    }

    /** Replaces the person's choices and language at once: never half of them. */
    @org.springframework.transaction.annotation.Transactional
    void choose(String username, Map<NotificationKind, Delivery> choices, String language) {
        jdbc.update("delete from notification_preference where username = ?", username);
        choices.entrySet().stream().filter(c -> c.getKey() != NotificationKind.SIGN_IN_LINK).forEach(c -> jdbc.update(
                "insert into notification_preference (username, kind, delivery) values (?, ?, ?)", username,
                c.getKey().name(), c.getValue().name()));
        jdbc.update("delete from notification_language where username = ?", username);
        jdbc.update("insert into notification_language (username, language) values (?, ?)", username, language);
    }

    /** The language of the person's e-mails: the one they chose, else English. */
    String languageOf(String username) {
        return jdbc.queryForList("select language from notification_language where username = ?", String.class,
                username).stream().findFirst().orElse("en");
    }

    private Delivery deliveryOf(String username, NotificationKind kind) {
        return jdbc.queryForList("select delivery from notification_preference where username = ? and kind = ?",
                String.class, username, kind.name()).stream().findFirst().map(Delivery::valueOf)
                .orElse(byDefault(kind));
    }

    /** Support flags come in the daily digest unless one chooses otherwise; everything else at once. */
    static Delivery byDefault(NotificationKind kind) {
        return kind == NotificationKind.SUPPORT_FLAG ? Delivery.DAILY : Delivery.IMMEDIATE;
    }

    static Notification notification(ResultSet rs, int row) throws SQLException {
        Timestamp read = rs.getTimestamp(8);
        return new Notification(rs.getLong(1), rs.getString(2), NotificationKind.valueOf(rs.getString(3)),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(),
                read == null ? null : read.toInstant());
    }

    private static String cut(String about) {
        String a = about == null ? "" : about;
        return a.length() <= ABOUT_LENGTH ? a : a.substring(0, ABOUT_LENGTH);
    }
}
