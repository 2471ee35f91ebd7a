package org.pathwayplanner.notifications;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When the notifications' scheduled work runs, once per cluster: sending the e-mail due (every
 * {@code pathway-planner.notifications.send-every}), the daily digests and the daily check of support flags (crons;
 * "-" turns one off). Every instance schedules them; the one that takes the lock runs them (see
 * org.pathwayplanner.cluster). A daily one stays taken for 5 minutes at least, so an instance whose clock is a little
 * behind does not run it again.
 */
@Component
class NotificationSchedules {

    private final MailOutbox outbox;
    private final SupportFlagCheck flags;

    NotificationSchedules(MailOutbox outbox, SupportFlagCheck flags) {
        this.outbox = outbox;
        this.flags = flags;
    }

    @Scheduled(fixedDelayString = "${pathway-planner.notifications.send-every:30s}")
    @SchedulerLock(name = "mail-outbox", lockAtMostFor = "PT10M")
    void sendDue() {
        outbox.sendDue();
    }

    @Scheduled(cron = "${pathway-planner.notifications.digest-cron:0 0 7 * * *}")
    @SchedulerLock(name = "mail-digests", lockAtMostFor = "PT2H", lockAtLeastFor = "PT5M")
    void sendDigests() {
        outbox.sendDigests();
    }

    @Scheduled(cron = "${pathway-planner.notifications.flag-check-cron:0 30 6 * * *}")
    @SchedulerLock(name = "support-flag-check", lockAtMostFor = "PT2H", lockAtLeastFor = "PT5M")
    void checkSupportFlags() {
        flags.check();
    }
}
