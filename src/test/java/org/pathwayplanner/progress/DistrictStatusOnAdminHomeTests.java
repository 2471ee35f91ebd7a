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
}
