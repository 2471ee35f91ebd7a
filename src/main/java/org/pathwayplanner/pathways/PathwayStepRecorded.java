package org.pathwayplanner.pathways;

import java.time.Instant;

/**
 * A step was added to a proposal's timeline (published as it is stored, in the same transaction): for features that
 * tell people what happened, such as notifications. {@code action} is the timeline's action ({@code APPROVED},
 * {@code REJECTED}, {@code CHANGES_REQUESTED}, {@code COMPLETED}…), {@code statusAfter} the proposal's status after it.
 */
public record PathwayStepRecorded(long proposalId, long studentId, String proposalTitle, String action,
        String statusAfter, String actor, Instant at) {
}
