package org.pathwayplanner.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A training agreement's parties are reminded every few school days: weekends and closures do not count. */
class AgreementRemindersTest {

    private static final ZoneId HARTFORD = ZoneId.of("America/New_York");
    private static final Clock CLOCK = Clock.system(HARTFORD);
    /** Wednesday 2 December 2026, in the afternoon. */
    private static final ZonedDateTime WEDNESDAY = ZonedDateTime.of(2026, 12, 2, 15, 0, 0, 0, HARTFORD);

    @Test
    void threeSchoolDaysAfterAWednesdayIsTheMondayAfterTheWeekend() {
        AgreementReminders reminders = reminders(3, Set.of());

        assertThat(reminders.due(WEDNESDAY.toInstant(), WEDNESDAY.plusDays(2).toInstant())).as("Friday").isFalse();
        assertThat(reminders.due(WEDNESDAY.toInstant(), WEDNESDAY.plusDays(4).toInstant())).as("Sunday").isFalse();
        assertThat(reminders.due(WEDNESDAY.toInstant(), WEDNESDAY.plusDays(5).withHour(7).toInstant()))
                .as("Monday morning").isTrue();
    }

    @Test
    void aClosureDoesNotCount() {
        AgreementReminders reminders = reminders(3, Set.of(LocalDate.of(2026, 12, 7)));

        assertThat(reminders.due(WEDNESDAY.toInstant(), WEDNESDAY.plusDays(5).toInstant())).as("Monday closed").isFalse();
        assertThat(reminders.due(WEDNESDAY.toInstant(), WEDNESDAY.plusDays(6).toInstant())).as("Tuesday").isTrue();
    }

    @Test
    void theNumberOfSchoolDaysIsChecked() {
        assertThatThrownBy(() -> reminders(0, Set.of())).hasMessageContaining("agreement-reminder-school-days");
    }

    private static AgreementReminders reminders(int schoolDays, Set<LocalDate> closures) {
        return new AgreementReminders("0 0 7 ? * MON-FRI", schoolDays, new PathwayTimers(5, "P30D", CLOCK, closures),
                CLOCK);
    }
}
