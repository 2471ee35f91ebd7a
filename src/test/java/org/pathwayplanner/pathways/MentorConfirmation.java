package org.pathwayplanner.pathways;

import java.time.LocalDate;
import org.pathwayplanner.security.MentorSessions.Mentor;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pathway's invited mentor confirming its timesheet, for tests outside this package that need a pathway's hours
 * to count (with a mentor, only confirmed hours do) without walking the mentor's pages.
 */
public final class MentorConfirmation {

    private final TimesheetWeeks weeks;
    private final JdbcTemplate jdbc;

    public MentorConfirmation(ApplicationContext application) {
        this.weeks = application.getBean(TimesheetWeeks.class);
        this.jdbc = application.getBean(JdbcTemplate.class);
    }

    /** The current mentor of the pathway confirms every week that waits for them. */
    public void confirmsEveryWeek(long proposalId) {
        Mentor mentor = jdbc.queryForObject("select id, mentor_name, email from mentor_invitation where proposal_id = ?"
                + " and revoked_at is null order by id desc fetch first 1 rows only",
                (rs, n) -> new Mentor(rs.getLong(1), rs.getString(2), rs.getString(3)), proposalId);
        for (LocalDate week : weeks.ofMentor(mentor).weeks().stream().filter(TimesheetWeeks.WeekView::pending)
                .map(TimesheetWeeks.WeekView::weekStart).toList()) {
            weeks.confirm(mentor, week);
        }
    }
}
