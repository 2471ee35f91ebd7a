package org.pathwayplanner.evidence;

/** Published when evidence is recorded or corrected, so that results can be recomputed. */
public record EvidenceRecorded(long studentId, long evidenceId) {
}
