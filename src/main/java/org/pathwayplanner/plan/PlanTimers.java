package org.pathwayplanner.plan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.pathwayplanner.progress.SchoolCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The dates of processes/student-plan.bpmn on the district's calendar: an approved plan is reviewed when the next
 * school year starts ({@code pathway-planner.school-year.first-day}), within {@code pathway-planner.plans.
 * annual-review-days} days (overdue after). Read from the engine's clock, so process tests can move time.
 */
@Component("planTimers")
public class PlanTimers {

    private final SchoolCalendar calendar;
    private final int reviewDays;
    private final ZoneId zone = ZoneId.systemDefault();

    PlanTimers(SchoolCalendar calendar, @Value("${pathway-planner.plans.annual-review-days:30}") int reviewDays) {
        this.calendar = calendar;
        this.reviewDays = reviewDays;
    }

    /** The first day of the school year after the one under way (at the start of that day). */
    public Date getNextSchoolYear() {
        LocalDate firstDay = calendar.firstDayOf(today());
        return Date.from(calendar.firstDayOf(firstDay.plusYears(1).plusDays(1)).atStartOfDay(zone).toInstant());
    }

    /** When the annual review that starts today is overdue. */
    public Date getAnnualReviewDue() {
        return Date.from(today().plusDays(reviewDays).atStartOfDay(zone).toInstant());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone);
    }
}
