package org.pathwayplanner.pathways;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The days a district's schools are closed on weekdays (holidays, breaks), written as a comma-separated list of
 * ISO dates and ranges: {@code 2026-11-26, 2026-12-24..2027-01-01}.
 */
final class SchoolClosures {

    private static final int LONGEST_BREAK_DAYS = 60;

    private SchoolClosures() {
    }

    static Set<LocalDate> parse(String text) {
        Set<LocalDate> days = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return days;
        }
        for (String item : text.split(",")) {
            String entry = item.strip();
            if (!entry.isEmpty()) {
                days.addAll(daysOf(entry));
            }
        }
        return days;
    }

    private static Set<LocalDate> daysOf(String entry) {
        try {
            String[] ends = entry.split("\\.\\.", -1);
            LocalDate first = LocalDate.parse(ends[0].strip());
            LocalDate last = ends.length == 2 ? LocalDate.parse(ends[1].strip()) : first;
            if (ends.length > 2 || last.isBefore(first) || first.plusDays(LONGEST_BREAK_DAYS).isBefore(last)) {
                throw new IllegalArgumentException("a range runs forward and lasts at most " + LONGEST_BREAK_DAYS + " days");
            }
            Set<LocalDate> days = new LinkedHashSet<>();
            first.datesUntil(last.plusDays(1)).forEach(days::add);
            return days;
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("pathway-planner.pathways.school-closures: '" + entry
                    + "' is not a date (2026-11-26) or a range (2026-12-24..2027-01-01): " + e.getMessage(), e);
        }
    }
}
