package org.pathwayplanner.pathways;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pathwayplanner.pathways.PathwayViews.ProposalView;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.StudentAccess;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.security.MentorSessions.Mentor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A pathway's timesheet by week (Monday to Sunday), as its mentor confirms it: each week is pending (something in it
 * waits for the mentor), confirmed (all its lines are, and they are locked) or disputed (back with the student, with
 * the mentor's comment, until the student changes something in it). Only the mentor of the pathway, while their
 * invitation stands, confirms or disputes; each decision is on the timeline under the mentor's identity and in the
 * records of access.
 */
@Service
@Transactional
public class TimesheetWeeks {

    /** A line of a week: its state is the mentor's decision on it (PENDING until there is one). */
    public record LineView(long id, LocalDate workDate, BigDecimal hours, String activity, String state) {

        public boolean locked() {
            return "CONFIRMED".equals(state);
        }
    }

    /** A week: PENDING, CONFIRMED or DISPUTED, with the mentor's newest decision on it. */
    public record WeekView(LocalDate weekStart, LocalDate weekEnd, BigDecimal hours, String state,
            List<LineView> lines, String comment, String decidedBy, Instant decidedAt) {

        public boolean pending() {
            return "PENDING".equals(state);
        }

        public boolean disputed() {
            return "DISPUTED".equals(state);
        }
    }

    /** The weeks of a pathway, and whether the mentor's confirmation decides which hours count. */
    public record Weeks(long proposalId, boolean confirmedByMentor, BigDecimal loggedHours, BigDecimal confirmedHours,
            BigDecimal plannedHours, List<WeekView> weeks) {

        public List<WeekView> disputed() {
            return weeks.stream().filter(WeekView::disputed).toList();
        }

        /** The hours that count toward completion: with a mentor those confirmed, else those logged. */
        public BigDecimal countedHours() {
            return confirmedByMentor ? confirmedHours : loggedHours;
        }
    }

    private final PathwayLifecycle lifecycle;
    private final MentorInvitations invitations;
    private final StudentAccess access;
    private final Clock clock;

    TimesheetWeeks(PathwayLifecycle lifecycle, MentorInvitations invitations, StudentAccess access, Clock clock) {
        this.lifecycle = lifecycle;
        this.invitations = invitations;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The weeks of a proposal someone was already shown (its view is the proof that they may see it: the pages
     * call this with the proposal they show).
     */
    @Transactional(readOnly = true)
    public Weeks of(ProposalView proposal) {
        return weeksOf(lifecycle.find(proposal.id()));
    }

    /** The weeks of the mentor's pathway, while their invitation stands (the opening is in the records of access). */
    @Transactional(readOnly = true)
    Weeks ofMentor(Mentor mentor) {
        return weeksOf(mentorsPathway(mentor));
    }

    /** The mentor confirms what of the week waits for them: it counts toward completion and is locked. */
    void confirm(Mentor mentor, LocalDate weekStart) {
        mentorsPathway(mentor).reviewWeek(TimesheetLine.weekOf(weekStart), TimesheetReview.Decision.CONFIRMED, null,
                mentor.identity(), mentor.name(), clock.instant());
    }

    /** The mentor disputes what of the week waits for them, saying why: it goes back to the student. */
    void dispute(Mentor mentor, LocalDate weekStart, String comment) {
        mentorsPathway(mentor).reviewWeek(TimesheetLine.weekOf(weekStart), TimesheetReview.Decision.DISPUTED, comment,
                mentor.identity(), mentor.name(), clock.instant());
    }

    private PathwayProposal mentorsPathway(Mentor mentor) {
        PathwayProposal proposal = lifecycle.find(invitations.proposalIdOf(mentor));
        access.opened(new Viewer(mentor.identity(), Role.MENTOR), List.of(proposal.getStudentId()));
        return proposal;
    }

    private static Weeks weeksOf(PathwayProposal proposal) {
        Map<LocalDate, List<TimesheetLine>> byWeek = new TreeMap<>();
        proposal.getTimesheet().forEach(l -> byWeek.computeIfAbsent(l.weekStart(), w -> new ArrayList<>()).add(l));
        List<WeekView> weeks = new ArrayList<>();
        byWeek.forEach((start, lines) -> {
            String state = lines.stream().anyMatch(TimesheetLine::isDisputed) ? "DISPUTED"
                    : lines.stream().allMatch(TimesheetLine::isConfirmed) ? "CONFIRMED" : "PENDING";
            TimesheetReview newest = proposal.getTimesheetReviews().stream()
                    .filter(r -> r.getWeekStart().equals(start) && (!state.equals("DISPUTED")
                            || r.getDecision() == TimesheetReview.Decision.DISPUTED))
                    .reduce((a, b) -> b).orElse(null);
            BigDecimal hours = lines.stream().map(TimesheetLine::getHours).reduce(BigDecimal.ZERO, BigDecimal::add);
            weeks.add(new WeekView(start, start.plusDays(6), Hours.plain(hours), state, lines.stream()
                    .map(l -> new LineView(l.getId(), l.getWorkDate(), Hours.plain(l.getHours()), l.getActivity(),
                            l.isConfirmed() ? "CONFIRMED" : l.isDisputed() ? "DISPUTED" : "PENDING")).toList(),
                    newest == null ? null : newest.getComment(), newest == null ? null : newest.getMentorName(),
                    newest == null ? null : newest.getDecidedAt()));
        });
        return new Weeks(proposal.getId(), proposal.isHoursConfirmedByMentor(), proposal.getLoggedHours(),
                proposal.confirmedHours().value(), Hours.plain(proposal.getPlannedHours()), weeks);
    }
}
