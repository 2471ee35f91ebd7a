package org.pathwayplanner.pathways;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The workflow's timers, read by the BPMN's expressions ({@code ${pathwayTimers.reviewDue}}). A teacher
 * review or counselor approval is due {@code review-school-days} school days (Monday to Friday; default 5)
 * after it starts: that is the task's due date, and when it passes the reviewer is reminded and the
 * review escalated. A proposal sent back for changes expires after {@code resubmit-within} (an ISO-8601
 * duration; default P30D) without a resubmission. "Now" is the engine's clock, which timers run on.
 */
@Component("pathwayTimers")
public class PathwayTimers {

    private final int reviewSchoolDays;
    private final String resubmitWithin;
    private final ZoneId zone;

    private final java.util.Set<LocalDate> closures;

    @org.springframework.beans.factory.annotation.Autowired
    PathwayTimers(@Value("${pathway-planner.pathways.review-school-days:5}") int reviewSchoolDays,
            @Value("${pathway-planner.pathways.resubmit-within:P30D}") String resubmitWithin,
            @Value("${pathway-planner.pathways.school-closures:}") String closures,
            java.time.Clock clock) {
        this(reviewSchoolDays, resubmitWithin, clock, SchoolClosures.parse(closures));
    }

    PathwayTimers(int reviewSchoolDays, String resubmitWithin, java.time.Clock clock) {
        this(reviewSchoolDays, resubmitWithin, clock, java.util.Set.of());
    }

    PathwayTimers(int reviewSchoolDays, String resubmitWithin, java.time.Clock clock, java.util.Set<LocalDate> closures) {
        this.closures = java.util.Set.copyOf(closures);
        if (reviewSchoolDays < 1 || reviewSchoolDays > 60) {
            throw new IllegalArgumentException("pathway-planner.pathways.review-school-days must be between 1 and 60,"
                    + " not " + reviewSchoolDays);
        }
        this.reviewSchoolDays = reviewSchoolDays;
        this.resubmitWithin = checked(resubmitWithin, "resubmit-within");
        this.zone = clock.getZone();
    }

    /** When a review starting now is due: the configured number of school days later, same time of day. */
    public Date getReviewDue() {
        return Date.from(reviewDueAfter(ClockUtil.getCurrentTime().toInstant()));
    }

    /** Kept for process versions deployed before school days: the same due date. */
    public Date getReviewReminder() {
        return getReviewDue();
    }

    public String getResubmitWithin() {
        return resubmitWithin;
    }

    public int reviewSchoolDays() {
        return reviewSchoolDays;
    }

    /** A review starting at {@code start} is due this many school days later (a weekend or closure counts from the next school day). */
    Instant reviewDueAfter(Instant start) {
        ZonedDateTime day = start.atZone(zone);
        int counted = 0;
        while (counted < reviewSchoolDays) {
            day = day.plusDays(1);
            if (isSchoolDay(day.toLocalDate())) {
                counted++;
            }
        }
        return day.toInstant();
    }

    boolean isSchoolDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !closures.contains(date);
    }

    private static String checked(String duration, String property) {
        try {
            if (duration.contains("T")) {
                Duration.parse(duration);
            } else {
                Period.parse(duration);
            }
            return duration;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("pathway-planner.pathways." + property + " must be an ISO-8601 duration"
                    + " such as P30D, not " + duration, e);
        }
    }
}
