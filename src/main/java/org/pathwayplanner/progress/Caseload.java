package org.pathwayplanner.progress;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.pathwayplanner.progress.StaffPagesController.StudentLine;

/**
 * A counselor's caseload as the page shows it: every student with their stored summary, filtered by audit
 * status, grade and school, sorted by the column the counselor picked, and the status distribution of the
 * whole caseload for the chart.
 */
record Caseload(List<StudentLine> students, int total, Map<String, Long> byStatus, List<Integer> grades,
        List<String> schools, Filter filter) {

    static final List<String> STATUSES = List.of("OFF_TRACK", "AT_RISK", "ON_TRACK", "MET");

    /** What the counselor asked for; unknown or blank values mean "no filter" and the default order. */
    record Filter(String status, Integer grade, String school, String sort, boolean descending, String find) {

        static final List<String> SORTS = List.of("name", "grade", "school", "status", "earned", "behind");
        static final int LONGEST_SEARCH = 100;

        Filter {
            status = status != null && STATUSES.contains(status) ? status : null;
            school = school == null || school.isBlank() ? null : school;
            sort = sort != null && SORTS.contains(sort) ? sort : "behind";
            find = find == null || find.isBlank() ? null
                    : find.strip().substring(0, Math.min(find.strip().length(), LONGEST_SEARCH));
        }

        Filter(String status, Integer grade, String school, String sort, boolean descending) {
            this(status, grade, school, sort, descending, null);
        }

        /** The direction a column header link asks for: the reverse of the current one on the sorted column. */
        public boolean descendingIfSortedBy(String column) {
            return column.equals(sort) ? !descending : column.equals("behind") || column.equals("earned");
        }
    }

    static Caseload of(List<StudentLine> lines, Filter filter) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        STATUSES.forEach(s -> byStatus.put(s, 0L));
        lines.stream().filter(l -> l.summary() != null && l.summary().auditStatus() != null)
                .forEach(l -> byStatus.merge(l.summary().auditStatus(), 1L, Long::sum));
        List<StudentLine> shown = lines.stream().filter(matching(filter)).sorted(order(filter)).toList();
        return new Caseload(shown, lines.size(), byStatus,
                lines.stream().map(l -> l.student().gradeLevel()).distinct().sorted().toList(),
                lines.stream().map(l -> l.student().schoolName()).filter(Objects::nonNull).distinct().sorted().toList(),
                filter);
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

    private static Predicate<StudentLine> matching(Filter f) {
        return l -> (f.status() == null || (l.summary() != null && f.status().equals(l.summary().auditStatus())))
                && (f.grade() == null || l.student().gradeLevel() == f.grade())
                && (f.school() == null || f.school().equals(l.student().schoolName()))
                && (f.find() == null || found(l, f.find()));
    }

    /** A name or student number containing what was typed, whatever the case. */
    private static boolean found(StudentLine l, String typed) {
        String needle = typed.toLowerCase(java.util.Locale.ROOT);
        return l.student().fullName().toLowerCase(java.util.Locale.ROOT).contains(needle)
                || (l.student().lastName() + ", " + l.student().firstName()).toLowerCase(java.util.Locale.ROOT).contains(needle)
                || String.valueOf(l.student().studentNumber()).toLowerCase(java.util.Locale.ROOT).contains(needle);
    }

    private static Comparator<StudentLine> order(Filter f) {
        Comparator<StudentLine> byName = Comparator.comparing((StudentLine l) -> l.student().lastName())
                .thenComparing(l -> l.student().firstName());
        Comparator<StudentLine> column = switch (f.sort()) {
            case "name" -> byName;
            case "grade" -> Comparator.comparingInt(l -> l.student().gradeLevel());
            case "school" -> Comparator.comparing(l -> String.valueOf(l.student().schoolName()));
            case "status" -> Comparator.comparingInt(l -> l.summary() == null ? STATUSES.size()
                    : STATUSES.indexOf(l.summary().auditStatus()));
            case "earned" -> Comparator.comparing(summaryValue(ProgressSummary::creditsEarned));
            default -> Comparator.comparing(summaryValue(ProgressSummary::creditsBehind));
        };
        return (f.descending() ? column.reversed() : column).thenComparing(byName);
    }

    private static Function<StudentLine, BigDecimal> summaryValue(Function<ProgressSummary, BigDecimal> value) {
        return l -> l.summary() == null ? BigDecimal.ZERO : value.apply(l.summary());
    }
}
