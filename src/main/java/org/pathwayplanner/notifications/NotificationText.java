package org.pathwayplanner.notifications;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A notification in words, in a given language: one sentence, and an e-mail subject that names no student. */
@Component
class NotificationText {

    private final MessageSource messages;

    NotificationText(MessageSource messages) {
        this.messages = messages;
    }

    String sentence(Notification n, Locale locale) {
        String step = n.stepKey() == null ? "" : messages.getMessage(n.stepKey(), null, n.stepKey(), locale);
        return messages.getMessage("notification." + n.kind().name(), new Object[] {step, n.about()}, locale);
    }

    /** The subject says what kind of thing happened, never who or which grade: mail subjects are widely seen. */
    String subject(NotificationKind kind, Locale locale) {
        return messages.getMessage("notification.subject." + kind.name(), null, locale);
    }

    String digestSubject(int count, Locale locale) {
        return messages.getMessage("notification.subject.digest", new Object[] {count}, locale);
    }

    String line(String key, Object[] args, Locale locale) {
        return messages.getMessage(key, args, locale);
    }
}
