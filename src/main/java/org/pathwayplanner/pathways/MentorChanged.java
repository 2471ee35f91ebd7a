package org.pathwayplanner.pathways;

/** A pathway's mentor was invited, replaced or revoked (a training agreement awaiting signatures names the mentor). */
record MentorChanged(long proposalId) {
}
