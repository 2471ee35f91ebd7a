package org.pathwayplanner.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How hard repeated wrong passwords are slowed down, per account name and per client address
 * ({@code pathway-planner.sign-in.*}, see docs/operations.md).
 *
 * @param accountFailures  failures of one username before it is locked out (the count is reset by a success)
 * @param addressFailures  failures from one address, whatever the usernames, before it is locked out
 * @param firstLockout     the first lockout; each further failure after the limit doubles it
 * @param longestLockout   the cap of that doubling
 * @param forgetAfter      failures older than this no longer count
 * @param auditKept        how long the sign-in audit keeps its rows
 */
@ConfigurationProperties("pathway-planner.sign-in")
record SignInSettings(
        @DefaultValue("5") int accountFailures,
        @DefaultValue("100") int addressFailures,
        @DefaultValue("30s") Duration firstLockout,
        @DefaultValue("15m") Duration longestLockout,
        @DefaultValue("1h") Duration forgetAfter,
        @DefaultValue("90d") Duration auditKept) {

    SignInSettings {
        if (accountFailures < 1 || addressFailures < 1) {
            throw new IllegalArgumentException("pathway-planner.sign-in: the failure limits must be at least 1");
        }
        if (firstLockout.isNegative() || firstLockout.isZero() || longestLockout.compareTo(firstLockout) < 0) {
            throw new IllegalArgumentException(
                    "pathway-planner.sign-in: first-lockout must be positive and longest-lockout at least as long");
        }
    }
}
