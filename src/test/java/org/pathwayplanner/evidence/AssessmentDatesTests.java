package org.pathwayplanner.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The dates evidence may carry, judged by the district's clock: no Spring needed. */
class AssessmentDatesTests {

    /** 02:00 UTC on 4 December is still the evening of 3 December in Connecticut. */
    private final AssessmentDates inConnecticut = new AssessmentDates(
            Clock.fixed(Instant.parse("2026-12-04T02:00:00Z"), ZoneId.of("America/New_York")), "2000-01-01");

    @Test
    void todayAndEarlierDaysSinceTheEarliestDateAreAccepted() {
        assertThat(inConnecticut.refusalOf(LocalDate.of(2026, 12, 3))).isEmpty();
        assertThat(inConnecticut.refusalOf(LocalDate.of(2000, 1, 1))).isEmpty();
    }

    @Test
    void aDateAfterTodayInTheDistrictsZoneIsInTheFutureEvenWhereItIsAlreadyTodayInUtc() {
        assertThat(inConnecticut.refusalOf(LocalDate.of(2026, 12, 4))).hasValueSatisfying(refused -> {
            assertThat(refused.field()).isEqualTo("assessedOn");
            assertThat(refused.getCodes()).containsExactly("evidence.error.futureDate");
            assertThat(refused).hasMessageContaining("in the future");
        });
    }

    @Test
    void aDateBeforeTheEarliestDateIsRefusedWithThatDateToShow() {
        assertThat(inConnecticut.refusalOf(LocalDate.of(1, 1, 1))).hasValueSatisfying(refused -> {
            assertThat(refused.field()).isEqualTo("assessedOn");
            assertThat(refused.getCodes()).containsExactly("evidence.error.dateTooEarly");
            assertThat(refused.getArguments()).containsExactly("2000-01-01");
        });
        assertThat(inConnecticut.refusalOf(LocalDate.of(1999, 12, 31))).isPresent();
    }

    @Test
    void noDateIsRefused() {
        assertThat(inConnecticut.refusalOf(null)).hasValueSatisfying(
                refused -> assertThat(refused.getCodes()).containsExactly("evidence.error.noDate"));
    }
}
