/**
 * The body of evidence: assessed pieces of work with a score per objective or competency. Evidence
 * is append-only; a correction is a new record that supersedes the old one, and both stay visible.
 * Public API: {@link org.pathwayplanner.evidence.EvidenceRecorder}, {@link org.pathwayplanner.evidence.EvidenceHistory}
 * with its refusal {@link org.pathwayplanner.evidence.EvidenceRefused}, and the event
 * {@link org.pathwayplanner.evidence.EvidenceRecorded}. Who may record and correct evidence is decided in one place,
 * {@code EvidencePolicy}; which dates it may carry in another, {@code AssessmentDates}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evidence")
package org.pathwayplanner.evidence;
