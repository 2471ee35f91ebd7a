package org.pathwayplanner.plan;

/**
 * Where a plan stands: being drafted (or revised), with the counselor, sent back with changes asked for, approved by
 * the counselor and waiting for the guardian's acknowledgement, or approved.
 */
public enum PlanStatus {
    DRAFT, IN_REVIEW, CHANGES_REQUESTED, AWAITING_ACKNOWLEDGEMENT, APPROVED;

    /** The student may change the plan: a draft, one sent back, or an approved one (which starts a new version). */
    public boolean editable() {
        return this == DRAFT || this == CHANGES_REQUESTED || this == APPROVED;
    }

    public boolean inReview() {
        return this == IN_REVIEW || this == AWAITING_ACKNOWLEDGEMENT;
    }
}
