package org.pathwayplanner.notifications;

import java.security.Principal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's header shows how many notifications the signed-in person has not read (one indexed count). */
@ControllerAdvice
class UnreadNotifications {

    private final NotificationInbox inbox;

    UnreadNotifications(NotificationInbox inbox) {
        this.inbox = inbox;
    }

    @ModelAttribute("unreadNotifications")
    Long unread(Principal who) {
        return who == null ? null : inbox.unread(who.getName());
    }
}
