package org.pathwayplanner.records;

import java.util.Map;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.people.StudentRecordsKeeper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The records of access of a leaver's records: kept as long as the records, deleted with them. */
@Component
class AccessLinesOfLeavers implements StudentRecordsKeeper {

    private final JdbcTemplate jdbc;
    private final AccessLog log;

    AccessLinesOfLeavers(JdbcTemplate jdbc, AccessLog log) {
        this.jdbc = jdbc;
        this.log = log;
    }

    @Override
    public Map<String, Long> countsOf(StudentView student) {
        return Map.of("accessLines", jdbc.queryForObject(
                "select count(*) from student_record_access where student_id = ?", Long.class, student.id()));
    }

    @Override
    public void deleteRecordsOf(StudentView student) {
        log.flush();   // lines still queued for the student would otherwise outlive the records
        jdbc.update("delete from student_record_access where student_id = ?", student.id());
    }
}
