package org.pathwayplanner.people;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Student records are private. A student sees only their own, a teacher the students enrolled in
 * their sections, a counselor their caseload, a guardian the students linked to them, an
 * administrator everyone. Each check is one indexed query. Every check that lets an account in is the one place where
 * "this student's records were opened" is said: it publishes {@link StudentRecordsOpened} for the records of access.
 */
@Service
public class StudentAccess {

    private static final String OWN_RECORD = """
            select count(*) from student s join user_account a on a.id = s.account_id
             where a.username = ? and s.id = ?""";
    private static final String ENROLLED_WITH_TEACHER = """
            select count(*) from section_enrollment e
              join class_section cs on cs.id = e.section_id
              join staff_member t on t.id = cs.teacher_id
              join user_account a on a.id = t.account_id
             where a.username = ? and e.student_id = ?""";
    private static final String ENROLLED_WITH_TEACHER_IN_AREA = ENROLLED_WITH_TEACHER + " and cs.content_area_id = ?";
    private static final String ON_CASELOAD = """
            select count(*) from student s
              join staff_member c on c.id = s.counselor_id
              join user_account a on a.id = c.account_id
             where a.username = ? and s.id = ?""";
    private static final String GUARDIAN_OF = """
            select count(*) from student_guardian sg
              join guardian g on g.id = sg.guardian_id
              join user_account a on a.id = g.account_id
             where a.username = ? and sg.student_id = ?""";

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    StudentAccess(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Whether the account may see the student's records; when it may, the opening is recorded. */
    public boolean maySee(String username, Role role, long studentId) {
        boolean allowed = allowed(username, role, studentId);
        if (allowed) {
            events.publishEvent(new StudentRecordsOpened(username, role, studentId));
        }
        return allowed;
    }

    /**
     * Says that an answer about many students at once (a class's or a caseload's export), whose access was decided for
     * the group, opened each of these students' records to the viewer: the same record as a check of one student.
     */
    public void opened(Viewer viewer, java.util.Collection<Long> studentIds) {
        studentIds.forEach(id -> events.publishEvent(new StudentRecordsOpened(viewer.username(), viewer.role(), id)));
    }

    private boolean allowed(String username, Role role, long studentId) {
        return switch (role) {
            case ADMIN -> true;
            case STUDENT -> exists(OWN_RECORD, username, studentId);
            case TEACHER -> exists(ENROLLED_WITH_TEACHER, username, studentId);
            case COUNSELOR -> exists(ON_CASELOAD, username, studentId);
            case GUARDIAN -> exists(GUARDIAN_OF, username, studentId);
            // a mentor is no account: their one pathway's invitation decides, and says so through opened(...)
            case MENTOR -> false;
        };
    }

    /**
     * Whether the account teaches the student in one of its class sections of the content area: what recording or
     * correcting the student's evidence in that area asks of a teacher.
     */
    public boolean teachesInArea(String username, long studentId, long contentAreaId) {
        Integer count = jdbc.queryForObject(ENROLLED_WITH_TEACHER_IN_AREA, Integer.class, username, studentId,
                contentAreaId);
        return count != null && count > 0;
    }

    /** @throws AccessDeniedException (HTTP 403) when the record is not the caller's to see */
    public void checkMaySee(String username, Role role, long studentId) {
        if (!maySee(username, role, studentId)) {
            throw new AccessDeniedException("You may not see the records of student " + studentId + ".");
        }
    }

    public void checkMaySee(Viewer viewer, long studentId) {
        checkMaySee(viewer.username(), viewer.role(), studentId);
    }

    private boolean exists(String sql, String username, long studentId) {
        Integer count = jdbc.queryForObject(sql, Integer.class, username, studentId);
        return count != null && count > 0;
    }
}
