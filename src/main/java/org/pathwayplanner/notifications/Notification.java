package org.pathwayplanner.notifications;

import java.time.Instant;

/**
 * One notification as its recipient reads it: its kind, the workflow step it names (a message key, or none), what it
 * is about (a proposal's title, a student's name), where it leads, when, and whether it was read.
 */
public record Notification(long id, String recipient, NotificationKind kind, String stepKey, String about,
        String link, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
