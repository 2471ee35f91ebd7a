/**
 * Releasing a transcript to a named recipient outside the district (processes/transcript-release.bpmn): a student or
 * guardian asks, the student's counselor (or an administrator) releases or declines; each release is a FERPA
 * disclosure the student and guardians can read, and the recipient downloads the documents stored at release through
 * an expiring, limited, revocable link. Its events ({@link TranscriptReleaseDecided}, {@link ReleaseOverdue}) are
 * public for the notifications feature; {@link DocumentForRelease} is where a kind of document joins a release.
 */
@org.springframework.modulith.NamedInterface("release")
package org.pathwayplanner.transcript.release;
