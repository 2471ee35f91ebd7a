package org.pathwayplanner.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A pathway's hours are dated timesheet lines within its dates (and the district's grace period after its end,
 * never in the future), and completing it needs its first day to have come and the planned hours or a reason.
 */
class TimesheetTest {

    static final LocalDate START = LocalDate.of(2026, 9, 14);
    static final LocalDate END = LocalDate.of(2026, 11, 20);
    static final int GRACE = 14;
    static final Instant NOW = Instant.parse("2026-12-01T15:00:00Z");

    @Test
    void hoursOnADayWithinThePathwayAreAddedAsALineAndToTheTotal() {
        PathwayProposal pathway = active(new BigDecimal("40"));

        log(pathway, START, "2.5", "Orientation", END);
        log(pathway, START.plusDays(1), "0.75", "Reading the safety manual", END);

        assertThat(pathway.getLoggedHours()).isEqualByComparingTo("3.25");
        assertThat(pathway.getTimesheet()).extracting(TimesheetLine::getWorkDate, TimesheetLine::getActivity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(START, "Orientation"),
                        org.assertj.core.groups.Tuple.tuple(START.plusDays(1), "Reading the safety manual"));
        assertThat(pathway.getTimeline().get(pathway.getTimeline().size() - 1).getComment())
                .isEqualTo("0.75 h on 2026-09-15: Reading the safety manual");
    }

    @Test
    void hoursBeforeThePathwayStartsAreRefusedBesideTheDate() {
        PathwayProposal pathway = active(new BigDecimal("40"));

        assertRefused(() -> log(pathway, START.minusDays(1), "2", "Preparation", END), "workDate",
                "The pathway starts on 2026-09-14: hours before then do not count");
        assertThat(pathway.getLoggedHours()).isEqualByComparingTo("0");
        assertThat(pathway.getTimesheet()).isEmpty();
    }

    @Test
    void hoursWithinTheGracePeriodAfterTheEndCountAndLaterOnesAreRefused() {
        PathwayProposal pathway = active(new BigDecimal("40"));
        LocalDate today = END.plusDays(30);

        log(pathway, END.plusDays(GRACE), "3", "Final report", today);
        assertRefused(() -> log(pathway, END.plusDays(GRACE + 1), "1", "Late", today), "workDate",
                "Hours can be dated up to 2026-12-04 (the pathway's end and the grace period); 2026-12-05 is later");
        assertThat(pathway.getLoggedHours()).isEqualByComparingTo("3");
    }

    @Test
    void hoursForADayThatHasNotComeYetAreRefused() {
        PathwayProposal pathway = active(new BigDecimal("40"));
        LocalDate today = START.plusDays(5);

        assertRefused(() -> log(pathway, today.plusDays(1), "2", "Tomorrow's shift", today), "workDate",
                "Log hours on or after the day the work was done, not for 2026-09-20");
    }

    @Test
    void aDayHoldsAtMost24HoursAcrossItsLines() {
        PathwayProposal pathway = active(new BigDecimal("40"));

        log(pathway, START, "20", "Weekend event", END);
        assertRefused(() -> log(pathway, START, "4.25", "More", END), "hours",
                "There are already 20 hours on 2026-09-14: a day has 24");
        log(pathway, START, "4", "Clean-up", END);
        assertRefused(() -> TimesheetEntry.of(START, new BigDecimal("24.25"), "Too long"), "hours",
                "Log between 0.25 and 24 hours for one day");
        assertThat(pathway.getLoggedHours()).isEqualByComparingTo("24");
    }

    @Test
    void aLineNeedsItsDayAndWhatWasDone() {
        assertRefused(() -> TimesheetEntry.of(null, BigDecimal.ONE, "Lab"), "workDate", "Give the day the work was done");
        assertRefused(() -> TimesheetEntry.of(START, BigDecimal.ONE, "  "), "activity", "Say what was done");
        assertRefused(() -> TimesheetEntry.of(START, new BigDecimal("1.1"), "Lab"), "hours",
                "Give hours in quarter hours (such as 2, 2.25, 2.5 or 2.75), not 1.1");
    }

    @Test
    void aPathwayCannotBeMarkedCompleteBeforeItsFirstDay() {
        PathwayProposal pathway = active(BigDecimal.ZERO);

        assertRefused(() -> pathway.markComplete("All done", START.minusDays(1), "ana", NOW), "note",
                "The pathway starts on 2026-09-14: it can be marked complete from that day");
        pathway.markComplete("All done", START, "ana", NOW);
        assertThat(lastAction(pathway)).isEqualTo("MARKED_COMPLETE");
    }

    @Test
    void completingShortOfThePlannedHoursNeedsAReasonWhichIsKeptForTheTeacher() {
        PathwayProposal pathway = active(new BigDecimal("40"));
        log(pathway, START, "8", "Lab", END);

        assertRefused(() -> pathway.markComplete(" ", END, "ana", NOW), "note",
                "You logged 8 of the 40 planned hours: say why, for your teacher to accept");
        pathway.markComplete("The lab closed for two weeks", END, "ana", NOW);

        assertThat(pathway.isShortOfHours()).isTrue();
        assertThat(pathway.getShortfallReason()).isEqualTo("The lab closed for two weeks");
        assertThat(pathway.getTimeline().get(pathway.getTimeline().size() - 1).getComment())
                .isEqualTo("Short of the planned hours (8 of 40): The lab closed for two weeks");
    }

    @Test
    void completingWithThePlannedHoursNeedsNoReason() {
        PathwayProposal pathway = active(new BigDecimal("8"));
        log(pathway, START, "8", "Lab", END);

        pathway.markComplete(null, END, "ana", NOW);

        assertThat(pathway.isShortOfHours()).isFalse();
        assertThat(pathway.getShortfallReason()).isNull();
    }

    @Test
    void returningToTheStudentNeedsAComment() {
        PathwayProposal pathway = active(new BigDecimal("40"));
        pathway.markComplete("Short", END, "ana", NOW);

        assertThatThrownBy(() -> pathway.returnToStudent("mr.t", " ", NOW))
                .hasMessage("Say what the student should still do");
        pathway.returnToStudent("mr.t", "Log the remaining lab hours", NOW);
        assertThat(lastAction(pathway)).isEqualTo("RETURNED_TO_STUDENT");
        assertThat(pathway.getShortfallReason()).isNull();
    }

    private static PathwayProposal active(BigDecimal plannedHours) {
        PathwayProposal pathway = new PathwayProposal(7L, new ProposalDetails(PathwayType.INTERNSHIP, "Lab internship",
                null, "Hospital", null, null, START, END, plannedHours, true, Transport.PUBLIC_TRANSIT, null, null,
                new BigDecimal("0.5"), 1L,
                List.of(11L)), "ana", NOW);
        pathway.submit("ana", NOW);
        pathway.startReview("system", null, NOW);
        pathway.approve("counselor1", new BigDecimal("0.5"), null, NOW);
        pathway.activate("system", NOW);
        return pathway;
    }

    private static void log(PathwayProposal pathway, LocalDate day, String hours, String activity, LocalDate today) {
        pathway.logHours(TimesheetEntry.of(day, new BigDecimal(hours), activity),
                TimesheetWindow.of(START, END, GRACE, today), "ana", NOW);
    }

    private static String lastAction(PathwayProposal pathway) {
        return pathway.getTimeline().get(pathway.getTimeline().size() - 1).getAction();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field,
            String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProposalFieldException.class,
                e -> assertThat(e.field()).isEqualTo(field)).hasMessage(message);
    }
}
