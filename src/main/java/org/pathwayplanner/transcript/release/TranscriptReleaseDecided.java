package org.pathwayplanner.transcript.release;

import java.util.List;

/**
 * A counselor released a transcript or declined to, in the transaction of the decision: the student and their
 * guardians with an account hear of it (the requester is one of them), each with the page that shows it to them.
 */
public record TranscriptReleaseDecided(long releaseId, long studentId, ReleaseStatus outcome, String organisation,
        List<Informed> toInform) {

    /** Someone to tell, and the page where they read the decision. */
    public record Informed(String username, String link) {
    }
}
