/**
 * Evidence from the district's gradebook: a CSV file of scores, read and checked line by line (a dry run), imported
 * all or nothing, idempotent (the same file twice changes nothing), and undone as a whole. Part of the evidence
 * module: it writes evidence through {@link org.pathwayplanner.evidence.EvidenceRecorder}, so results follow as they
 * do for evidence recorded on the class grid.
 */
package org.pathwayplanner.evidence.gradebook;
