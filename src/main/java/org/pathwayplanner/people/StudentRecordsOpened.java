package org.pathwayplanner.people;

/**
 * A student's records were opened to an account: {@link StudentAccess} allowed it. Published once per check that
 * passes, in the thread of the request that asked, for the records of access (FERPA, 34 CFR 99.32) to write down.
 */
public record StudentRecordsOpened(String username, Role role, long studentId) {
}
