package org.pathwayplanner.pathways;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The mentor's decision on a week of a pathway's timesheet: confirmed (its lines are locked and count toward
 * completion) or disputed with a comment (the week goes back to the student). Kept as it was decided.
 */
@Entity
@Table(name = "pathway_timesheet_review")
class TimesheetReview {

    static final int COMMENT_LENGTH = 2000;

    enum Decision { CONFIRMED, DISPUTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "proposal_id")
    private PathwayProposal proposal;
    private LocalDate weekStart;
    @Enumerated(EnumType.STRING)
    private Decision decision;
    private String comment;
    private String mentorIdentity;
    private String mentorName;
    private Instant decidedAt;

    protected TimesheetReview() {
    }

    TimesheetReview(PathwayProposal proposal, LocalDate weekStart, Decision decision, String comment,
            String mentorIdentity, String mentorName, Instant decidedAt) {
        this.proposal = proposal;
        this.weekStart = weekStart;
        this.decision = decision;
        this.comment = comment;
        this.mentorIdentity = mentorIdentity;
        this.mentorName = mentorName;
        this.decidedAt = decidedAt;
    }

    LocalDate getWeekStart() {
        return weekStart;
    }

    Decision getDecision() {
        return decision;
    }

    String getComment() {
        return comment;
    }

    String getMentorIdentity() {
        return mentorIdentity;
    }

    String getMentorName() {
        return mentorName;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }
}
