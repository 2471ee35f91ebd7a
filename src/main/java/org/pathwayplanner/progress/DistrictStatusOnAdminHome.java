package org.pathwayplanner.progress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pathwayplanner.people.HomePageSection;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.Viewer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/** The district's graduation status by school and grade, on the administrator's home: a table and its chart. */
@Component
class DistrictStatusOnAdminHome implements HomePageSection {

    /** One school and grade: how many students stand at each audit status ({@link Caseload#STATUSES} order). */
    record StatusRow(String school, int grade, Map<String, Long> byStatus) {

        public long count(String status) {
            return byStatus.getOrDefault(status, 0L);
        }
    }

    /**
     * How long the home page shows the same figures. Counting the district is one query but it reads every student
     * (about 150 ms of CPU with 50,000): fifty administrators' homes a second would take both cores, so the page's
     * figures are counted at most once a minute. The CSV export counts afresh.
     */
    static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private record Counted(List<StatusRow> rows, Instant at) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private volatile Counted counted;

    DistrictStatusOnAdminHome(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String template() {
        return "progress/districtStatus";
    }

    @Override
    public Map<String, Object> data(Viewer viewer) {
        if (viewer.role() != Role.ADMIN) {
            return Map.of();
        }
        return Map.of("rows", recentRows(), "statuses", STATUSES);
    }

    /** As {@link #rows()}, counted less than {@link #FRESH_FOR} ago; one count at a time when they are due. */
    List<StatusRow> recentRows() {
        Counted last = counted;
        if (last == null || !clock.instant().isBefore(last.at().plus(FRESH_FOR))) {
            synchronized (this) {
                last = counted;
                if (last == null || !clock.instant().isBefore(last.at().plus(FRESH_FOR))) {
                    Instant at = clock.instant();
                    last = new Counted(rows(), at);
                    counted = last;
                }
            }
        }
        return last.rows();
    }

    /** The audit statuses in the order the table shows them. */
    static final List<String> STATUSES = List.of("MET", "ON_TRACK", "AT_RISK", "OFF_TRACK");

    /**
     * Every school and grade with its students counted by audit status ({@code NONE}: not evaluated yet): counted by
     * the database in one query over the people feature's published view and the stored results, so the page costs
     * the same with 200 students or 50,000.
     */
    List<StatusRow> rows() {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        jdbc.query("""
                select s.school_name, s.grade_level, coalesce(p.audit_status, 'NONE'), count(*)
                  from student_directory s left join student_progress_summary p on p.student_id = s.student_id
                 group by s.school_name, s.grade_level, coalesce(p.audit_status, 'NONE')""",
                (RowCallbackHandler) rs -> counts.computeIfAbsent(rs.getString(1) + "\u0000"
                        + String.format("%02d", rs.getInt(2)), k -> new TreeMap<>()).merge(rs.getString(3), rs.getLong(4),
                                Long::sum));
        return counts.entrySet().stream().map(e -> {
            String[] parts = e.getKey().split("\u0000");
            return new StatusRow(parts[0], Integer.parseInt(parts[1]), e.getValue());
        }).toList();
    }
}
