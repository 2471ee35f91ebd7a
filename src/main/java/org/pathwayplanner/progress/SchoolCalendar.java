package org.pathwayplanner.progress;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Where today falls in the school year: 0 on its first day, 1 on its last and through the summer. */
@Component
public class SchoolCalendar {

    private final MonthDay firstDay;
    private final MonthDay lastDay;

    SchoolCalendar(@Value("${pathway-planner.school-year.first-day:--09-01}") MonthDay firstDay,
            @Value("${pathway-planner.school-year.last-day:--06-15}") MonthDay lastDay) {
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    /** The first day of the school year {@code day} falls in (the summer belongs to the year just ended). */
    public LocalDate firstDayOf(LocalDate day) {
        LocalDate start = firstDay.atYear(day.getYear());
        return day.isBefore(start) ? firstDay.atYear(day.getYear() - 1) : start;
    }

    public LocalDate lastDayOf(LocalDate day) {
        return lastDay.atYear(firstDayOf(day).getYear() + 1);
    }

    double elapsed(LocalDate day) {
        LocalDate start = firstDayOf(day);
        LocalDate end = lastDayOf(day);
        double share = (double) ChronoUnit.DAYS.between(start, day) / ChronoUnit.DAYS.between(start, end);
        return Math.max(0, Math.min(1, share));
    }
}
