package org.pathwayplanner.people;

import java.util.Map;
import org.pathwayplanner.people.PeopleViews.StudentView;

/**
 * A feature that keeps part of a student's records, so that the records of a student who left the district can be
 * counted (the dry run) and deleted at the end of the district's retention period, each feature deleting its own
 * tables. Deletions run inside the caller's transaction: all of a student's records go, or none.
 */
public interface StudentRecordsKeeper {

    /** What the feature holds of the student, by kind (a message key suffix, e.g. {@code evidence}); zero counts too. */
    Map<String, Long> countsOf(StudentView student);

    /** Deletes everything {@link #countsOf} counts, in the caller's transaction. */
    void deleteRecordsOf(StudentView student);

    /** Keepers run in ascending order; the student's own row (people) goes last, after what points to it. */
    default int deletionOrder() {
        return 0;
    }
}
