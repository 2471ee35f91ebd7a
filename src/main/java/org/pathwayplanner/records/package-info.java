/**
 * Records of access and retention (FERPA, 34 CFR 99.31-99.32): who read, changed or exported which student's records,
 * when and through which route, written in batches off the request thread; the administrators' search, the report a
 * student or guardian may ask for, the log's retention; and what happens to the records of students who left the
 * district (read-only, then deleted after the district's period, with a dry run first).
 *
 * <p>The log listens to {@link org.pathwayplanner.people.StudentRecordsOpened} (every check of
 * {@link org.pathwayplanner.people.StudentAccess} that lets someone in) and to
 * {@link org.pathwayplanner.evidence.EvidenceRecorded}; no other feature writes to it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Records of access and retention")
package org.pathwayplanner.records;
