package org.pathwayplanner.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Review due dates count school days (Monday to Friday) as configured; the resubmission period is configurable. */
class PathwayTimersTest {

    static final ZoneId HARTFORD = ZoneId.of("America/New_York");
    static final Clock CLOCK = Clock.system(HARTFORD);

    @Test
    void aReviewStartedOnAFridayIsDueTheNextFridayByDefault() {
        PathwayTimers timers = new PathwayTimers(5, "P30D", CLOCK);

        assertThat(timers.reviewDueAfter(at("2026-11-27T10:15"))).isEqualTo(at("2026-12-04T10:15"));
    }

    @Test
    void aReviewStartedOnAWednesdaySkipsTheWeekend() {
        PathwayTimers timers = new PathwayTimers(5, "P30D", CLOCK);

        assertThat(timers.reviewDueAfter(at("2026-11-25T08:00"))).isEqualTo(at("2026-12-02T08:00"));
    }

    @Test
    void aReviewStartedAtTheWeekendCountsFromMonday() {
        PathwayTimers timers = new PathwayTimers(5, "P30D", CLOCK);

        assertThat(timers.reviewDueAfter(at("2026-11-28T12:00"))).isEqualTo(at("2026-12-04T12:00"));
        assertThat(timers.reviewDueAfter(at("2026-11-29T12:00"))).isEqualTo(at("2026-12-04T12:00"));
    }

    @Test
    void theNumberOfSchoolDaysFollowsTheConfiguration() {
        PathwayTimers twoDays = new PathwayTimers(2, "P30D", CLOCK);
        PathwayTimers tenDays = new PathwayTimers(10, "P30D", CLOCK);

        assertThat(twoDays.reviewDueAfter(at("2026-11-26T09:00"))).isEqualTo(at("2026-11-30T09:00"));
        assertThat(tenDays.reviewDueAfter(at("2026-11-26T09:00"))).isEqualTo(at("2026-12-10T09:00"));
        assertThat(twoDays.reviewSchoolDays()).isEqualTo(2);
    }

    @Test
    void schoolClosuresAreNotSchoolDays() {
        PathwayTimers timers = new PathwayTimers(5, "P30D", CLOCK,
                SchoolClosures.parse("2026-11-26, 2026-11-27, 2026-12-24..2027-01-01"));

        // Wednesday before Thanksgiving: Thursday and Friday are closed, so Mon-Fri of the next week count.
        assertThat(timers.reviewDueAfter(at("2026-11-25T08:00"))).isEqualTo(at("2026-12-04T08:00"));
        // Monday 21 December: 22 and 23 count, then the winter break, then 4, 5 and 6 January.
        assertThat(timers.reviewDueAfter(at("2026-12-21T08:00"))).isEqualTo(at("2027-01-06T08:00"));
    }

    @Test
    void closuresAreDatesOrForwardRangesAndAnythingElseStopsTheStartWithAClearMessage() {
        assertThat(SchoolClosures.parse("")).isEmpty();
        assertThat(SchoolClosures.parse(" 2027-01-18 ,2027-02-15..2027-02-16")).containsExactly(
                java.time.LocalDate.parse("2027-01-18"), java.time.LocalDate.parse("2027-02-15"),
                java.time.LocalDate.parse("2027-02-16"));
        assertThatThrownBy(() -> SchoolClosures.parse("Thanksgiving"))
                .hasMessageContaining("'Thanksgiving' is not a date (2026-11-26) or a range");
        assertThatThrownBy(() -> SchoolClosures.parse("2027-01-05..2027-01-01"))
                .hasMessageContaining("a range runs forward");
    }

    @Test
    void theResubmissionPeriodFollowsTheConfiguration() {
        assertThat(new PathwayTimers(5, "P10D", CLOCK).getResubmitWithin()).isEqualTo("P10D");
        assertThat(new PathwayTimers(5, "PT36H", CLOCK).getResubmitWithin()).isEqualTo("PT36H");
    }

    @Test
    void aMisconfiguredTimerStopsTheStartWithAClearMessage() {
        assertThatThrownBy(() -> new PathwayTimers(0, "P30D", CLOCK))
                .hasMessageContaining("review-school-days must be between 1 and 60");
        assertThatThrownBy(() -> new PathwayTimers(5, "thirty days", CLOCK))
                .hasMessageContaining("resubmit-within must be an ISO-8601 duration");
    }

    private static Instant at(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), HARTFORD).toInstant();
    }
}
