package org.pathwayplanner.people;

import java.util.Set;

/**
 * Published inside the transaction of a roster import that changed people or enrolments: the students whose grade,
 * school, classes or status changed, whose progress is evaluated again once the import commits.
 */
public record RosterImported(Set<Long> studentIds) {

    public RosterImported {
        studentIds = Set.copyOf(studentIds);
    }
}
