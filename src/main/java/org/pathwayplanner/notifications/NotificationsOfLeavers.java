package org.pathwayplanner.notifications;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.people.StudentRecordsKeeper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A leaver's own notifications, their choices about them, and the support flags they were told about. */
@Component
class NotificationsOfLeavers implements StudentRecordsKeeper {

    private final JdbcTemplate jdbc;

    NotificationsOfLeavers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Long> countsOf(StudentView student) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("notifications", student.username() == null ? 0L : jdbc.queryForObject(
                "select count(*) from notification where recipient = ?", Long.class, student.username()));
        return counts;
    }

    @Override
    public void deleteRecordsOf(StudentView student) {
        jdbc.update("delete from notified_support_flag where student_id = ?", student.id());
        if (student.username() != null) {
            jdbc.update("delete from notification where recipient = ?", student.username());
            jdbc.update("delete from notification_preference where username = ?", student.username());
            jdbc.update("delete from notification_language where username = ?", student.username());
        }
    }
}
