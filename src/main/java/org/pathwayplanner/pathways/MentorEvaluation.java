package org.pathwayplanner.pathways;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The mentor's evaluation of the student's pathway, recorded by a teacher: who mentored, their rating
 * (a level of the district's scale or their own words) and comment.
 */
@Entity
@Table(name = "pathway_mentor_evaluation")
public class MentorEvaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "proposal_id")
    private PathwayProposal proposal;
    private String mentorName;
    private String rating;
    private String comment;
    private String recordedBy;
    private Instant recordedAt;

    protected MentorEvaluation() {
    }

    MentorEvaluation(PathwayProposal proposal, String mentorName, String rating, String comment, String recordedBy,
            Instant recordedAt) {
        if (mentorName == null || mentorName.isBlank()) {
            throw new ProposalFieldException("mentorName", "mentorName", "Give the mentor's name");
        }
        if (rating == null || rating.isBlank()) {
            throw new ProposalFieldException("rating", "mentorRating", "Give the mentor's rating");
        }
        if (mentorName.length() > 160 || rating.length() > 200 || (comment != null && comment.length() > 4000)) {
            throw new ProposalFieldException("comment", "evaluationTooLong", "The evaluation is too long");
        }
        this.proposal = proposal;
        this.mentorName = mentorName.strip();
        this.rating = rating.strip();
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public String getMentorName() {
        return mentorName;
    }

    public String getRating() {
        return rating;
    }

    public String getComment() {
        return comment;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
