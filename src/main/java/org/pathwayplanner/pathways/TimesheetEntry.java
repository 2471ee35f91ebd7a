package org.pathwayplanner.pathways;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a student logs: the day of the work, hours in quarter hours (at most a day's 24), and what was done.
 * Each refusal names its field, so the page shows it beside that field.
 */
record TimesheetEntry(LocalDate workDate, Hours hours, String activity) {

    static final int ACTIVITY_LENGTH = 500;

    static TimesheetEntry of(LocalDate workDate, BigDecimal hours, String activity) {
        if (workDate == null) {
            throw new ProposalFieldException("workDate", "workDate", "Give the day the work was done");
        }
        Hours logged = Hours.of(hours, "hours");
        if (!logged.isBetween("0.25", "24")) {
            throw new ProposalFieldException("hours", "hoursInADay", "Log between 0.25 and 24 hours for one day");
        }
        if (activity == null || activity.isBlank()) {
            throw new ProposalFieldException("activity", "activity", "Say what was done");
        }
        if (activity.strip().length() > ACTIVITY_LENGTH) {
            throw new ProposalFieldException("activity", "activityLength",
                    "Say what was done in at most " + ACTIVITY_LENGTH + " characters", ACTIVITY_LENGTH);
        }
        return new TimesheetEntry(workDate, logged, activity.strip());
    }
}
