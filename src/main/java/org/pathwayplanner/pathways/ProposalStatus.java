package org.pathwayplanner.pathways;

public enum ProposalStatus {
    DRAFT, SUBMITTED, IN_REVIEW, CHANGES_REQUESTED, APPROVED, ACTIVE, COMPLETED, REJECTED, WITHDRAWN, EXPIRED;

    public boolean isFinal() {
        return this == COMPLETED || this == REJECTED || this == WITHDRAWN || this == EXPIRED;
    }
}
