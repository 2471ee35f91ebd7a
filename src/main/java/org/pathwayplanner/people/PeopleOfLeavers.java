package org.pathwayplanner.people;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The student's own row, their login account and their links to guardians and classes: deleted last. */
@Component
class PeopleOfLeavers implements StudentRecordsKeeper {

    private final JdbcTemplate jdbc;

    PeopleOfLeavers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Long> countsOf(StudentView student) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("student", count("select count(*) from student where id = ?", student.id()));
        counts.put("account", count("select count(*) from student where id = ? and account_id is not null", student.id()));
        counts.put("guardianLinks", count("select count(*) from student_guardian where student_id = ?", student.id()));
        counts.put("enrolments", count("select count(*) from section_enrollment where student_id = ?", student.id()));
        return counts;
    }

    @Override
    public void deleteRecordsOf(StudentView student) {
        Long accountId = jdbc.queryForObject("select account_id from student where id = ?", Long.class, student.id());
        jdbc.update("delete from section_enrollment where student_id = ?", student.id());
        jdbc.update("delete from student_guardian where student_id = ?", student.id());
        jdbc.update("delete from student where id = ?", student.id());
        if (accountId != null) {
            jdbc.update("delete from password_link where account_id = ?", accountId);
            jdbc.update("delete from user_account where id = ?", accountId);
        }
    }

    @Override
    public int deletionOrder() {
        return 1000;
    }

    private long count(String sql, long studentId) {
        Long n = jdbc.queryForObject(sql, Long.class, studentId);
        return n == null ? 0 : n;
    }
}
