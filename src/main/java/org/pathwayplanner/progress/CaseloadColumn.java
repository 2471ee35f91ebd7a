package org.pathwayplanner.progress;

import java.util.List;
import java.util.Map;
import org.pathwayplanner.people.Viewer;

/**
 * A column another feature adds to the counselor's caseload (the plans feature adds where each student's plan
 * stands), so this feature need not know the others.
 */
public interface CaseloadColumn {

    /** The message key of the column's header. */
    String headerKey();

    /** What the column shows for each of the students (students left out show nothing). */
    Map<Long, Cell> cells(Viewer counselor, List<Long> studentIds);

    /**
     * One cell: a status (a CSS class and the message key suffix of {@code labelKey}), its words, why (a title, may be
     * null) and where it leads.
     */
    record Cell(String status, String label, String why, String link) {
    }

    /** A column with its cells, for the page. */
    record Shown(String headerKey, Map<Long, Cell> cells) {
    }
}
