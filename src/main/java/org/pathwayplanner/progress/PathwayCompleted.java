package org.pathwayplanner.progress;

/**
 * A flexible pathway was completed: its evidence is recorded and its credits may now count, so the student's
 * results are recomputed before the transaction that completed it commits. Published by the pathways module;
 * it lives here because pathways depends on progress, never the other way round (as {@link CompletedPathways}).
 */
public record PathwayCompleted(long proposalId, long studentId) {
}
