package org.pathwayplanner.pathways;

import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The district's grace period for timesheets: how many days after a pathway's last day its hours may still be
 * dated (work done on the last day is often written up the week after). A district setting, like the review
 * deadlines: {@code pathway-planner.pathways.hours-grace-days}, 0 to 90, 14 by default.
 */
@Component
class TimesheetPolicy {

    private final int graceDays;

    TimesheetPolicy(@Value("${pathway-planner.pathways.hours-grace-days:14}") int graceDays) {
        if (graceDays < 0 || graceDays > 90) {
            throw new IllegalArgumentException("pathway-planner.pathways.hours-grace-days must be between 0 and 90,"
                    + " not " + graceDays);
        }
        this.graceDays = graceDays;
    }

    TimesheetWindow windowOf(PathwayProposal proposal, LocalDate today) {
        return TimesheetWindow.of(proposal.getStartDate(), proposal.getEndDate(), graceDays, today);
    }

    int graceDays() {
        return graceDays;
    }
}
