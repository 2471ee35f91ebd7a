package org.pathwayplanner.progress;

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

    private final JdbcTemplate jdbc;

    DistrictStatusOnAdminHome(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
        return Map.of("rows", rows(), "statuses", STATUSES);
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
                  from student_directory s left join student_progress p on p.student_id = s.student_id
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
