package org.pathwayplanner.people;

import java.time.LocalDate;

/**
 * A change refused because the student left the district: their records are archived, readable by those who could
 * read them, and changed by nobody until the district's retention period ends and they are deleted (HTTP 409).
 */
public class StudentHasLeft extends IllegalStateException {

    private final long studentId;

    StudentHasLeft(long studentId, LocalDate leftOn) {
        super("Student " + studentId + " left the district on " + leftOn
                + ": their records are archived and read-only, so no evidence or pathway changes are accepted.");
        this.studentId = studentId;
    }

    public long studentId() {
        return studentId;
    }
}
