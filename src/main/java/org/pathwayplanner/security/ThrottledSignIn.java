package org.pathwayplanner.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Every password check, by the login form and by HTTP Basic alike: refused at once while the username or the
 * address is locked out ({@link SignInThrottle}), otherwise checked against the account's BCrypt hash; each
 * attempt and its outcome go into the {@link SignInAudit}.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final SignInAudit audit;
    private final Clock clock;
    private final SignInMethods methods;

    ThrottledSignIn(AccountDetailsService accounts, PasswordEncoder encoder, SignInThrottle throttle,
            SignInAudit audit, Clock clock, SignInMethods methods) {
        this.methods = methods;
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        SignInDetails from = attempt.getDetails() instanceof SignInDetails d ? d
                : new SignInDetails("unknown", SignInAttempt.Method.BASIC);
        Optional<Duration> lockedOut = throttle.lockedOut(username, from.address());
        if (lockedOut.isPresent()) {
            audit.record(attemptOf(username, from, SignInAttempt.Outcome.LOCKED_OUT));
            throw new SignInLockedOut(lockedOut.get());
        }
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(attempt);
        } catch (AuthenticationException refused) {
            throttle.failed(username, from.address());
            audit.record(attemptOf(username, from, SignInAttempt.Outcome.REFUSED));
            throw refused;
        }
        String role = ((SignedInUser) signedIn.getPrincipal()).role();
        if (!methods.passwordAllowedFor(role)) {
            audit.record(attemptOf(username, from, SignInAttempt.Outcome.REFUSED));
            throw new PasswordSignInClosed(role);
        }
        throttle.succeeded(username);
        audit.record(attemptOf(username, from, SignInAttempt.Outcome.SIGNED_IN));
        if (from.method() == SignInAttempt.Method.FORM) {
            audit.prune();
        }
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private SignInAttempt attemptOf(String username, SignInDetails from, SignInAttempt.Outcome outcome) {
        return new SignInAttempt(clock.instant(), username, from.address(), from.method(), outcome);
    }
}
