package org.pathwayplanner.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@link SignInSettings#accountFailures()} wrong passwords for one username,
 * or {@link SignInSettings#addressFailures()} from one client address, further attempts are refused without the
 * password being checked, for a lockout that doubles with each further failure up to the longest lockout. A
 * username that has no account is counted and locked the same way, so a lockout reveals nothing about which
 * accounts exist. A successful sign-in clears its username's failures (not its address's: one good account must
 * not reset the count of an address trying many others). Kept in memory on each instance of the application.
 */
@Component
class SignInThrottle {

    /** Failures of one username or one address, and until when it is locked out. */
    private record Failures(int count, Instant last, Instant lockedUntil) {
    }

    /** An attacker trying random usernames cannot grow the table beyond this; expired entries go first. */
    private static final int MOST_KEYS = 50_000;

    private final SignInSettings settings;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    @Autowired
    SignInThrottle(SignInSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** How long this username or this address is still locked out; empty when it may try its password. */
    Optional<Duration> lockedOut(String username, String address) {
        Instant now = clock.instant();
        Instant until = later(lockedUntil(accountKey(username), now), lockedUntil(addressKey(address), now));
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        count(accountKey(username), settings.accountFailures(), now);
        count(addressKey(address), settings.addressFailures(), now);
        if (failures.size() > MOST_KEYS) {
            failures.values().removeIf(f -> !f.lockedUntil().isAfter(now));
        }
    }

    void succeeded(String username) {
        failures.remove(accountKey(username));
    }

    /** Lifts the lockout of one username (for the tests, which share one application and one address). */
    void forget(String username) {
        failures.remove(accountKey(username));
    }

    private void count(String key, int limit, Instant now) {
        failures.compute(key, (k, before) -> {
            int count = before == null || forgotten(before, now) ? 1 : before.count() + 1;
            Instant until = count < limit ? Instant.MIN : now.plus(lockout(count - limit));
            return new Failures(count, now, until);
        });
    }

    /** The first lockout doubled once per failure beyond the limit, never longer than the longest lockout. */
    private Duration lockout(int beyondLimit) {
        Duration longest = settings.longestLockout();
        Duration lockout = settings.firstLockout();
        for (int i = 0; i < beyondLimit && lockout.compareTo(longest) < 0; i++) {
            lockout = lockout.multipliedBy(2);
        }
        return lockout.compareTo(longest) > 0 ? longest : lockout;
    }

    private Instant lockedUntil(String key, Instant now) {
        Failures f = failures.get(key);
        return f == null || forgotten(f, now) ? Instant.MIN : f.lockedUntil();
    }

    private boolean forgotten(Failures f, Instant now) {
        return !f.lockedUntil().isAfter(now) && f.last().plus(settings.forgetAfter()).isBefore(now);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
