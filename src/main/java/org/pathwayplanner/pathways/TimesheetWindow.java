package org.pathwayplanner.pathways;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The days a pathway's hours may be dated: from its first day to its last day plus the district's grace period
 * (hours written up shortly after the end still count), and never a day that has not come yet.
 */
public record TimesheetWindow(LocalDate firstDay, LocalDate lastDay, LocalDate today) {

    /** A pathway without a start or an end date (a draft's) is open on that side. */
    static TimesheetWindow of(LocalDate start, LocalDate end, int graceDays, LocalDate today) {
        return new TimesheetWindow(start == null ? LocalDate.MIN : start,
                end == null ? LocalDate.MAX : end.plusDays(graceDays), today);
    }

    /** The latest day hours may be dated today: the last day of the window, or today if that comes first. */
    public LocalDate latestDay() {
        return lastDay.isBefore(today) ? lastDay : today;
    }

    void check(LocalDate workDate) {
        String day = workDate.format(DateTimeFormatter.ISO_LOCAL_DATE);
        if (workDate.isAfter(today)) {
            throw new ProposalFieldException("workDate", "workDateFuture",
                    "Log hours on or after the day the work was done, not for " + day, day);
        }
        if (workDate.isBefore(firstDay)) {
            throw new ProposalFieldException("workDate", "workDateBeforeStart",
                    "The pathway starts on " + firstDay + ": hours before then do not count", firstDay.toString());
        }
        if (workDate.isAfter(lastDay)) {
            throw new ProposalFieldException("workDate", "workDateAfterEnd",
                    "Hours can be dated up to " + lastDay + " (the pathway's end and the grace period); " + day
                            + " is later", lastDay.toString(), day);
        }
    }
}
