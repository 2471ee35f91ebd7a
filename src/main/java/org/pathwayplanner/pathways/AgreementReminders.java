package org.pathwayplanner.pathways;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the parties of a training agreement who have not signed are reminded: the diagram's non-interrupting timer
 * wakes each school morning ({@code agreement-reminder-check}, a cron expression; default 07:00 Monday to Friday) and
 * a reminder goes out once {@code agreement-reminder-school-days} school days (default 3; weekends and the district's
 * closures do not count) have passed since the agreement was generated or last reminded about.
 */
@Component("agreementReminders")
public class AgreementReminders {

    private final String check;
    private final int schoolDays;
    private final PathwayTimers timers;
    private final ZoneId zone;

    AgreementReminders(@Value("${pathway-planner.pathways.agreement-reminder-check:0 0 7 ? * MON-FRI}") String check,
            @Value("${pathway-planner.pathways.agreement-reminder-school-days:3}") int schoolDays,
            PathwayTimers timers, java.time.Clock clock) {
        if (schoolDays < 1 || schoolDays > 30) {
            throw new IllegalArgumentException("pathway-planner.pathways.agreement-reminder-school-days must be"
                    + " between 1 and 30, not " + schoolDays);
        }
        this.check = check;
        this.schoolDays = schoolDays;
        this.timers = timers;
        this.zone = clock.getZone();
    }

    /** The timer's cycle, read by the diagram ({@code ${agreementReminders.check}}). */
    public String getCheck() {
        return check;
    }

    public int schoolDays() {
        return schoolDays;
    }

    /** Whether the configured number of school days has passed between {@code since} and {@code now}. */
    boolean due(Instant since, Instant now) {
        LocalDate day = since.atZone(zone).toLocalDate();
        LocalDate today = now.atZone(zone).toLocalDate();
        int counted = 0;
        while (day.isBefore(today)) {
            day = day.plusDays(1);
            if (timers.isSchoolDay(day)) {
                counted++;
            }
        }
        return counted >= schoolDays;
    }
}
