package org.pathwayplanner.opportunities;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A published opportunity with its seats: {@code held} is how many proposals started from it hold a seat now.
 * A proposal holds a seat from the moment it is submitted while it is in review, sent back for changes, approved,
 * active or completed; a draft holds none, and a proposal rejected, withdrawn or expired gives its seat back.
 */
public record Opportunity(long id, String kind, String title, String description, String provider, String mentorName,
        String mentorEmail, LocalDate startDate, LocalDate endDate, BigDecimal plannedHours, BigDecimal credits,
        String creditAreaCode, int seats, int minGrade, int maxGrade, boolean offCampus, List<Long> competencyIds,
        String publishedBy, Instant publishedAt, boolean closed, int held, int applicants) {

    /** The statuses of a proposal that hold a seat: the one home of that rule. */
    static final Set<String> HOLDS_A_SEAT = Set.of("SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "ACTIVE",
            "COMPLETED");

    public int seatsLeft() {
        return Math.max(0, seats - held);
    }

    public boolean full() {
        return seatsLeft() == 0;
    }

    public boolean openToGrade(int grade) {
        return grade >= minGrade && grade <= maxGrade;
    }
}
