package org.pathwayplanner.plan;

import jakarta.persistence.Column;
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

/**
 * One submitted version of a plan, as the counselor saw it (its goals and items, as JSON), and what became of it:
 * in review, changes asked for (with the counselor's comment), approved and waiting for the guardian, approved.
 */
@Entity
@Table(name = "student_plan_version")
class PlanVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    private StudentPlan plan;
    private int versionNumber;
    @Enumerated(EnumType.STRING)
    private PlanStatus outcome;
    private String submittedBy;
    private Instant submittedAt;
    private String decidedBy;
    private Instant decidedAt;
    @Column(name = "review_comment")
    private String comment;
    private String acknowledgedBy;
    private Instant acknowledgedAt;
    private String content;

    protected PlanVersion() {
    }

    PlanVersion(StudentPlan plan, int versionNumber, String content, String submittedBy, Instant submittedAt) {
        this.plan = plan;
        this.versionNumber = versionNumber;
        this.content = content;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.outcome = PlanStatus.IN_REVIEW;
    }

    void decided(PlanStatus outcome, String by, String comment, Instant at) {
        this.outcome = outcome;
        this.decidedBy = by;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.decidedAt = at;
    }

    void acknowledged(String by, Instant at) {
        this.outcome = PlanStatus.APPROVED;
        this.acknowledgedBy = by;
        this.acknowledgedAt = at;
    }

    int getVersionNumber() {
        return versionNumber;
    }

    PlanStatus getOutcome() {
        return outcome;
    }

    String getComment() {
        return comment;
    }

    String getContent() {
        return content;
    }

    String getDecidedBy() {
        return decidedBy;
    }

    PlanViews.VersionView view(PlanViews.Content content, String decidedByName) {
        return new PlanViews.VersionView(versionNumber, outcome.name(), submittedBy, submittedAt, decidedBy, decidedAt,
                comment, acknowledgedBy, acknowledgedAt, content, decidedByName);
    }
}
