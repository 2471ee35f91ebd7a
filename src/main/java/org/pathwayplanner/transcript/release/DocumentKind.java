package org.pathwayplanner.transcript.release;

/** The kinds of document a release can hold. */
public enum DocumentKind {
    /** The transcript as a PDF. */
    PDF,
    /** The signed Comprehensive Learner Record 2.0 (JSON-LD). */
    CLR
}
