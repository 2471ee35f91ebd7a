package org.pathwayplanner.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The district's figures on the administrator's home are counted by the database: they are what counting each
 * student of the district by their school, grade and stored audit status gives, one student at a time.
 */
@PlannerTest
class DistrictStatusOnAdminHomeTests {

    @Autowired
    DistrictStatusOnAdminHome districtStatus;
    @Autowired
    PeopleDirectory people;
    @Autowired
    StudentProgress progress;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void everyStudentIsCountedOnceByTheirSchoolGradeAndStoredStatus() {
        var ids = people.roster().stream().map(r -> r.studentId()).toList();
        Map<Long, String> status = progress.summaries(ids).stream().filter(s -> s.auditStatus() != null)
                .collect(Collectors.toMap(ProgressSummary::studentId, ProgressSummary::auditStatus));
        Map<String, Map<String, Long>> expected = new TreeMap<>();
        for (StudentView s : people.students(ids)) {
            expected.computeIfAbsent(s.schoolName() + ", grade " + s.gradeLevel(), k -> new TreeMap<>())
                    .merge(status.getOrDefault(s.id(), "NONE"), 1L, Long::sum);
        }

        var rows = districtStatus.rows();

        assertThat(rows.stream().collect(Collectors.toMap(r -> r.school() + ", grade " + r.grade(),
                r -> (Map<String, Long>) new TreeMap<>(r.byStatus())))).isEqualTo(expected);
        assertThat(rows.stream().flatMap(r -> r.byStatus().values().stream()).mapToLong(Long::longValue).sum())
                .isEqualTo(people.countStudents());
        assertThat(rows).extracting(r -> r.school() + String.format("%02d", r.grade())).isSorted();
        assertThat(expected.values().stream().flatMap(m -> m.keySet().stream())).contains("ON_TRACK");
    }

    @Test
    void theHomePageShowsFiguresCountedLessThanAMinuteAgo() {
        MovingClock clock = new MovingClock();
        DistrictStatusOnAdminHome section = new DistrictStatusOnAdminHome(jdbc, clock);
        var first = section.recentRows();
        long students = jdbc.queryForObject("select count(*) from student", Long.class);
        long withoutResults = noneOf(first);
        var someone = jdbc.queryForMap("select student_id, audit_status from student_progress_summary"
                + " where audit_status is not null"
                + " order by student_id fetch first 1 rows only");
        jdbc.update("update student_progress_summary set audit_status = null where student_id = ?",
                someone.get("STUDENT_ID"));
        try {
            clock.advance(DistrictStatusOnAdminHome.FRESH_FOR.minusSeconds(1));
            assertThat(section.recentRows()).isSameAs(first);

            clock.advance(java.time.Duration.ofSeconds(1));
            var recounted = section.recentRows();
            assertThat(recounted).isNotSameAs(first);
            assertThat(noneOf(recounted)).isEqualTo(withoutResults + 1);
            assertThat(total(recounted)).isEqualTo(students);
        } finally {
            jdbc.update("update student_progress_summary set audit_status = ? where student_id = ?",
                    someone.get("AUDIT_STATUS"),
                    someone.get("STUDENT_ID"));
        }
    }

    private static long noneOf(java.util.List<DistrictStatusOnAdminHome.StatusRow> rows) {
        return rows.stream().mapToLong(r -> r.count("NONE")).sum();
    }

    private static long total(java.util.List<DistrictStatusOnAdminHome.StatusRow> rows) {
        return rows.stream().flatMap(r -> r.byStatus().values().stream()).mapToLong(Long::longValue).sum();
    }

    /** A clock the test moves by hand. */
    static final class MovingClock extends java.time.Clock {
        private java.time.Instant now = java.time.Instant.parse("2026-12-07T10:00:00Z");

        void advance(java.time.Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return now;
        }
    }
}
