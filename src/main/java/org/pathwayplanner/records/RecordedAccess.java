package org.pathwayplanner.records;

import java.time.Instant;

/**
 * One line of the records of access: who (account and the role it acted in) did what with which student's records,
 * when, through which route ({@code GET /students/{id}}: the pattern, never the address with its query string).
 */
record RecordedAccess(Instant at, long studentId, String username, String role, AccessAction action,
        String httpMethod, String route, Integer status) {

    /** Work no request asked for (a workflow job, a start-up task) has no route of its own. */
    static final String NO_ROUTE = "(no request)";
}
