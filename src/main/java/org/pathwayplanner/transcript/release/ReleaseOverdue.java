package org.pathwayplanner.transcript.release;

import java.util.List;

/**
 * A release request waited past its due date: the counselors it waits for are reminded and the administrators over the
 * student told.
 */
public record ReleaseOverdue(long releaseId, String studentName, List<String> counselors,
        List<String> administrators) {
}
