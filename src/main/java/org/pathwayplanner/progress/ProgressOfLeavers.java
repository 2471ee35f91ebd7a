package org.pathwayplanner.progress;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.people.StudentRecordsKeeper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A leaver's results as the rules decided them (mastery, audit, credits awarded, flags). */
@Component
class ProgressOfLeavers implements StudentRecordsKeeper {

    private final JdbcTemplate jdbc;

    ProgressOfLeavers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Long> countsOf(StudentView student) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("progress", jdbc.queryForObject("select count(*) from student_progress where student_id = ?",
                Long.class, student.id()));
        return counts;
    }

    @Override
    public void deleteRecordsOf(StudentView student) {
        jdbc.update("delete from student_progress_stale where student_id = ?", student.id());
        jdbc.update("delete from student_progress where student_id = ?", student.id());
    }
}
