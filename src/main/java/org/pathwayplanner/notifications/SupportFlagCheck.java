package org.pathwayplanner.notifications;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.progress.ProgressSummary;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day, before the digest: support flags raised since the last check (a student who needs an intervention, or
 * is ready to accelerate) are told to the student's teachers and counselor. A flag is told once; when it is lowered
 * it is forgotten, so raising it again is told again. Flags change with every evaluation, so this reads the stored
 * results in one query rather than listening to each evaluation.
 */
@Component
class SupportFlagCheck {

    static final String INTERVENTION = "NEEDS_INTERVENTION";
    static final String ACCELERATE = "READY_TO_ACCELERATE";

    private final StudentProgress progress;
    private final PeopleDirectory people;
    private final NotificationInbox inbox;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    SupportFlagCheck(StudentProgress progress, PeopleDirectory people, NotificationInbox inbox,
            org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.progress = progress;
        this.people = people;
        this.inbox = inbox;
        this.jdbc = jdbc;
    }

    /** Tells of the flags raised since the last check; answers how many flags were newly raised. */
    @Transactional
    public int check() {
        Set<String> now = new HashSet<>();
        for (ProgressSummary s : progress.flagged()) {
            if (s.interventions() > 0) {
                now.add(s.studentId() + " " + INTERVENTION);
            }
            if (s.readyToAccelerate()) {
                now.add(s.studentId() + " " + ACCELERATE);
            }
        }
        Set<String> told = new HashSet<>(jdbc.query("select student_id, flag from notified_support_flag",
                (rs, i) -> rs.getLong(1) + " " + rs.getString(2)));
        int raised = 0;
        for (String flag : now) {
            if (!told.contains(flag)) {
                String[] parts = flag.split(" ");
                tell(Long.parseLong(parts[0]), parts[1]);
                jdbc.update("insert into notified_support_flag (student_id, flag) values (?, ?)",
                        Long.parseLong(parts[0]), parts[1]);
                raised++;
            }
        }
        for (String flag : told) {
            if (!now.contains(flag)) {
                String[] parts = flag.split(" ");
                jdbc.update("delete from notified_support_flag where student_id = ? and flag = ?",
                        Long.parseLong(parts[0]), parts[1]);
            }
        }
        return raised;
    }

    private void tell(long studentId, String flag) {
        StudentView student = people.student(studentId).orElse(null);
        if (student == null) {
            return;
        }
        Set<String> recipients = new LinkedHashSet<>(people.teachersOfStudentIn(studentId, List.of()));
        people.counselorUsernameOf(studentId).ifPresent(recipients::add);
        for (String recipient : recipients) {
            inbox.post(recipient, NotificationKind.SUPPORT_FLAG, "notification.flag." + flag,
                    student.firstName() + " " + student.lastName(), "/students/" + studentId);
        }
    }
}
