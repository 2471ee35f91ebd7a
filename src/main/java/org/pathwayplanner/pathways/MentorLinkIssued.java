package org.pathwayplanner.pathways;

import java.time.Instant;

/** A mentor's link was made: it goes by e-mail once the transaction that made it commits (the token lives only here). */
record MentorLinkIssued(String email, String mentorName, String studentName, String pathwayTitle, String token,
        Instant expiresAt) {
}
