/**
 * Notifications: telling people what waits for them and what happened to their proposals, in an in-app list with
 * an unread count on every page, and by e-mail through the operator's SMTP server (each person chooses per kind:
 * immediately, a daily digest, or off). Public API: {@link org.pathwayplanner.notifications.NotificationKind}.
 * The events come from the workflow engine (a task is created) and from the pathways feature's public events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.pathwayplanner.notifications;
