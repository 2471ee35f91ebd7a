package org.pathwayplanner.evidence;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.people.StudentRecordsKeeper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A leaver's evidence with its scores and every superseded version (the whole history goes). */
@Component
class EvidenceOfLeavers implements StudentRecordsKeeper {

    private final JdbcTemplate jdbc;

    EvidenceOfLeavers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Long> countsOf(StudentView student) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("evidence", jdbc.queryForObject("select count(*) from evidence where student_id = ?", Long.class,
                student.id()));
        counts.put("scores", jdbc.queryForObject("""
                select count(*) from evidence_score s join evidence e on e.id = s.evidence_id where e.student_id = ?""",
                Long.class, student.id()));
        return counts;
    }

    @Override
    public void deleteRecordsOf(StudentView student) {
        jdbc.update("delete from evidence_score where evidence_id in (select id from evidence where student_id = ?)",
                student.id());
        // versions point to the version they supersede: unlink them before the rows go
        jdbc.update("update evidence set supersedes_id = null where student_id = ?", student.id());
        jdbc.update("delete from evidence where student_id = ?", student.id());
    }
}
