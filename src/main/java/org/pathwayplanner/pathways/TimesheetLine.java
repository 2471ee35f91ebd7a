package org.pathwayplanner.pathways;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One line of a pathway's timesheet: the day the work was done, its hours and what was done. */
@Entity
@Table(name = "pathway_timesheet_line")
public class TimesheetLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "proposal_id")
    private PathwayProposal proposal;
    private LocalDate workDate;
    private BigDecimal hours;
    private String activity;
    private String loggedBy;
    private Instant loggedAt;
    /** The mentor's decision on this line's week when it was taken: none while it waits for the mentor. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "review_id")
    private TimesheetReview review;

    protected TimesheetLine() {
    }

    TimesheetLine(PathwayProposal proposal, TimesheetEntry entry, String loggedBy, Instant loggedAt) {
        this.proposal = proposal;
        this.workDate = entry.workDate();
        this.hours = entry.hours().value();
        this.activity = entry.activity();
        this.loggedBy = loggedBy;
        this.loggedAt = loggedAt;
    }

    public Long getId() {
        return id;
    }

    /** The Monday of the line's week: the mentor confirms or disputes a week at a time. */
    LocalDate weekStart() {
        return weekOf(workDate);
    }

    static LocalDate weekOf(LocalDate day) {
        return day.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    }

    boolean isConfirmed() {
        return review != null && review.getDecision() == TimesheetReview.Decision.CONFIRMED;
    }

    boolean isDisputed() {
        return review != null && review.getDecision() == TimesheetReview.Decision.DISPUTED;
    }

    TimesheetReview review() {
        return review;
    }

    void reviewed(TimesheetReview decision) {
        this.review = decision;
    }

    /** The student corrects the line (never a confirmed one): it waits for the mentor again. */
    void correct(TimesheetEntry entry, String by, Instant at) {
        this.workDate = entry.workDate();
        this.hours = entry.hours().value();
        this.activity = entry.activity();
        this.loggedBy = by;
        this.loggedAt = at;
        this.review = null;
    }

    public LocalDate getWorkDate() {
        return workDate;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public String getActivity() {
        return activity;
    }

    public String getLoggedBy() {
        return loggedBy;
    }

    public Instant getLoggedAt() {
        return loggedAt;
    }
}
