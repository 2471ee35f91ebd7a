package org.pathwayplanner.transcript.release;

/** Where a request to release a transcript stands. */
public enum ReleaseStatus {
    /** Waiting for the counselor's decision. */
    REQUESTED,
    /** Released: the recipient was sent a link to the documents. */
    RELEASED,
    /** Declined by the counselor, with a reason. */
    DECLINED
}
