package org.pathwayplanner.opportunities;

import java.time.Instant;

/**
 * A proposal started from an opportunity. {@code studentName} is empty when the reader may not see the student (a
 * counselor sees the students of their caseload by name, the others counted only).
 */
public record Applicant(long proposalId, long studentId, String studentName, String status, Instant startedAt) {

    public boolean holdsSeat() {
        return Opportunity.HOLDS_A_SEAT.contains(status);
    }

    public boolean named() {
        return studentName != null;
    }
}
