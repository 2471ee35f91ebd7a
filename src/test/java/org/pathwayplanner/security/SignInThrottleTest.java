package org.pathwayplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The backoff itself, on a clock the test moves: no Spring, no sleeping. */
class SignInThrottleTest {

    static final String HOME = "198.51.100.1";

    final MovableClock clock = new MovableClock();
    final SignInThrottle throttle = new SignInThrottle(
            new SignInSettings(5, 10, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1),
                    Duration.ofDays(90)),
            clock);

    @Test
    void givenFourFailuresThenTheAccountMayStillTry() {
        failTimes("ana", HOME, 4);

        assertThat(throttle.lockedOut("ana", HOME)).isEmpty();
    }

    @Test
    void givenFiveFailuresThenTheAccountIsLockedForTheFirstLockoutFromAnyAddress() {
        failTimes("ana", HOME, 5);

        assertThat(throttle.lockedOut("ana", HOME)).contains(Duration.ofSeconds(30));
        assertThat(throttle.lockedOut("ANA ", "203.0.113.9")).contains(Duration.ofSeconds(30));
        assertThat(throttle.lockedOut("ben", HOME)).isEmpty();
        clock.pass(Duration.ofSeconds(30));
        assertThat(throttle.lockedOut("ana", HOME)).isEmpty();
    }

    @Test
    void givenFailuresAfterTheLockoutEndsThenEachDoublesItUpToTheLongest() {
        failTimes("ana", HOME, 5);
        Duration expected = Duration.ofSeconds(30);
        for (int i = 0; i < 8; i++) {
            clock.pass(expected);
            throttle.failed("ana", HOME);
            expected = expected.multipliedBy(2).compareTo(Duration.ofMinutes(15)) > 0 ? Duration.ofMinutes(15)
                    : expected.multipliedBy(2);
            assertThat(throttle.lockedOut("ana", HOME)).contains(expected);
        }
        assertThat(expected).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void givenASuccessThenTheAccountsFailuresAreForgottenButNotTheAddresss() {
        failTimes("ana", HOME, 4);
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i, HOME);
        }
        throttle.succeeded("ana");

        failTimes("ana", "203.0.113.9", 4);
        assertThat(throttle.lockedOut("ana", "203.0.113.9")).isEmpty();
        throttle.failed("someone", HOME);
        assertThat(throttle.lockedOut("anyone", HOME)).as("the address's tenth failure").isPresent();
    }

    @Test
    void givenManyUsernamesFromOneAddressThenTheAddressIsLockedWhateverTheName() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("guess" + i, HOME);
        }

        assertThat(throttle.lockedOut("admin", HOME)).contains(Duration.ofSeconds(30));
        assertThat(throttle.lockedOut("admin", "203.0.113.9")).isEmpty();
    }

    @Test
    void givenAQuietHourThenOldFailuresNoLongerCount() {
        failTimes("ana", HOME, 4);
        clock.pass(Duration.ofHours(1).plusSeconds(1));

        failTimes("ana", HOME, 4);
        assertThat(throttle.lockedOut("ana", HOME)).isEmpty();
    }

    private void failTimes(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address);
        }
    }

    static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-12-04T10:00:00Z");

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
