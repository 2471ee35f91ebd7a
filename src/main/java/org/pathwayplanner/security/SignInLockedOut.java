package org.pathwayplanner.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused without its password being checked, because of repeated failures; says when to try again. */
class SignInLockedOut extends AuthenticationException {

    private final Duration retryAfter;

    SignInLockedOut(Duration retryAfter) {
        super("Too many failed sign-ins: try again later.");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, rounded up, as the Retry-After header wants them. */
    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
