package org.pathwayplanner.people;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The students whose progress is stale because the rules in use cannot evaluate them: what the administrator's home
 * page lists and what a teacher is told after recording evidence. The progress module provides it (it depends on
 * this one, not the other way round); without it nobody is stale.
 */
public interface StaleProgress {

    /** Every stale student, the longest stale first. */
    List<StaleStudent> staleStudents();

    /** Which of these students are stale. */
    Set<Long> staleAmong(Collection<Long> studentIds);

    /** A student the rules in use cannot evaluate: since when and why (the rule's own words). */
    record StaleStudent(long studentId, String reason, Instant since) {
    }
}
