package org.pathwayplanner.progress;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.pathwayplanner.people.HomePageSection;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.Viewer;
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

    private final PeopleDirectory people;
    private final StudentProgress progress;

    DistrictStatusOnAdminHome(PeopleDirectory people, StudentProgress progress) {
        this.people = people;
        this.progress = progress;
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

    /** Every school and grade with its students counted by audit status ({@code NONE}: not evaluated yet). */
    List<StatusRow> rows() {
        List<Long> ids = people.roster().stream().map(r -> r.studentId()).toList();
        Map<Long, String> status = progress.summaries(ids).stream().filter(s -> s.auditStatus() != null)
                .collect(Collectors.toMap(ProgressSummary::studentId, ProgressSummary::auditStatus));
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (StudentView s : people.students(ids)) {
            String key = s.schoolName() + "\u0000" + String.format("%02d", s.gradeLevel());
            counts.computeIfAbsent(key, k -> new TreeMap<>()).merge(status.getOrDefault(s.id(), "NONE"), 1L, Long::sum);
        }
        return counts.entrySet().stream().map(e -> {
            String[] parts = e.getKey().split("\u0000");
            return new StatusRow(parts[0], Integer.parseInt(parts[1]), e.getValue());
        }).toList();
    }
}
