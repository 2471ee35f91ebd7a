package org.pathwayplanner.opportunities;

import java.util.Map;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.people.StudentRecordsKeeper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Which opportunities a leaver started proposals from: deleted with the proposals themselves. */
@Component
class ApplicationsOfLeavers implements StudentRecordsKeeper {

    private final JdbcTemplate jdbc;

    ApplicationsOfLeavers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Long> countsOf(StudentView student) {
        return Map.of("opportunityApplications", jdbc.queryForObject(
                "select count(*) from opportunity_application where student_id = ?", Long.class, student.id()));
    }

    @Override
    public void deleteRecordsOf(StudentView student) {
        jdbc.update("delete from opportunity_application where student_id = ?", student.id());
    }
}
