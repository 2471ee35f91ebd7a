package org.pathwayplanner.progress;

import java.util.List;
import java.util.Map;
import org.pathwayplanner.web.Paging;
import org.pathwayplanner.progress.StaffPagesController.StudentLine;

/**
 * A counselor's caseload as the page shows it: one page of the students matching the filter with their stored
 * summaries, in the order the counselor picked; how many match and how many the caseload holds; and the status
 * distribution of the whole caseload for the chart. Everything is counted and cut by the database
 * ({@link StudentLists}).
 */
record Caseload(List<StudentLine> students, long total, Map<String, Long> byStatus, List<Integer> grades,
        List<String> schools, Filter filter, Paging paging) {

    static final List<String> STATUSES = List.of("OFF_TRACK", "AT_RISK", "ON_TRACK", "MET");

    /**
     * What the counselor (or teacher) asked for; unknown or blank values mean "no filter" and the default order.
     * {@code flagged}: only students with a support flag (interventions needed, or ready to accelerate).
     */
    record Filter(String status, Integer grade, String school, String sort, boolean descending, String find,
            boolean flagged) {

        static final List<String> SORTS = List.of("name", "grade", "school", "status", "earned", "behind");
        static final int LONGEST_SEARCH = 100;

        Filter {
            status = status != null && STATUSES.contains(status) ? status : null;
            school = school == null || school.isBlank() ? null : school;
            sort = sort != null && SORTS.contains(sort) ? sort : "behind";
            find = find == null || find.isBlank() ? null
                    : find.strip().substring(0, Math.min(find.strip().length(), LONGEST_SEARCH));
        }

        Filter(String status, Integer grade, String school, String sort, boolean descending, String find) {
            this(status, grade, school, sort, descending, find, false);
        }

        Filter(String status, Integer grade, String school, String sort, boolean descending) {
            this(status, grade, school, sort, descending, null, false);
        }

        /** The direction a column header link asks for: the reverse of the current one on the sorted column. */
        public boolean descendingIfSortedBy(String column) {
            return column.equals(sort) ? !descending : column.equals("behind") || column.equals("earned");
        }
    }

    /** How many students match the filter: the count of every page, not of this one. */
    public long matching() {
        return paging.matching();
    }

    /** The largest status count, so the chart's bars share one scale. */
    public long largestGroup() {
        return byStatus.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** A bar's width in percent of the longest bar, for {@code status}. */
    public int barPercent(String status) {
        long largest = largestGroup();
        return largest == 0 ? 0 : (int) Math.round(100.0 * byStatus.getOrDefault(status, 0L) / largest);
    }
}
