package org.pathwayplanner.exchange;

import java.time.Instant;

/**
 * One import or export of district data: who, when, which way, in which format, about what (a file name, a class,
 * a student, "district"), and what came of it (the counts of an import, the rows of an export, or why it was
 * refused).
 */
public record DataExchange(Instant at, String actor, Direction direction, String format, String subject,
        Outcome outcome, String summary) {

    public enum Direction { IMPORT, DRY_RUN, EXPORT }

    public enum Outcome { DONE, REFUSED, FAILED }
}
