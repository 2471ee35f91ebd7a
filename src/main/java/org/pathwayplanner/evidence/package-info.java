/**
 * The body of evidence: assessed pieces of work with a score per objective or competency. Evidence
 * is append-only; a correction is a new record that supersedes the old one, and both stay visible.
 * Public API: {@link org.pathwayplanner.evidence.EvidenceRecorder}, {@link org.pathwayplanner.evidence.EvidenceHistory}
 * and the event {@link org.pathwayplanner.evidence.EvidenceRecorded}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evidence")
package org.pathwayplanner.evidence;
