package org.pathwayplanner.people.roster;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.pathwayplanner.people.Passwords;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time set-password links for accounts made by a roster import, which have no password anyone knows. An
 * administrator issues a link (a random token; only its SHA-256 is stored), gives it to the person, who sets a
 * password with it once within {@link #VALID_FOR}. This is the stop-gap until the district's own sign-in (OpenID
 * Connect) is set up: then imported people sign in there and no link is needed.
 */
@Service
@Transactional
class SetPasswordLinks {

    static final Duration VALID_FOR = Duration.ofDays(7);
    static final int SHORTEST = Passwords.SHORTEST;

    /** A link issued: the token (shown once) and until when it works. */
    record Issued(String username, String token, Instant expires) {
    }

    private final JdbcTemplate jdbc;
    private final Passwords passwords;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SetPasswordLinks(JdbcTemplate jdbc, Passwords passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** Issues a link for the account of an imported person (one with a roster sourcedId); earlier links stop working. */
    Issued issue(String issuedBy, String username) {
        List<Long> accounts = jdbc.queryForList("""
                select a.id from user_account a where a.username = ? and a.enabled and (
                       exists (select 1 from student s where s.account_id = a.id and s.sourced_id is not null)
                    or exists (select 1 from staff_member m where m.account_id = a.id and m.sourced_id is not null)
                    or exists (select 1 from guardian g where g.account_id = a.id and g.sourced_id is not null))""",
                Long.class, username);
        if (accounts.isEmpty()) {
            throw new Passwords.Refused("setPassword.issue.noAccount", username);
        }
        long account = accounts.get(0);
        Instant now = clock.instant();
        jdbc.update("update password_link set used_at = ? where account_id = ? and used_at is null",
                Timestamp.from(now), account);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = now.plus(VALID_FOR);
        jdbc.update("insert into password_link (token_hash, account_id, issued_by, issued_at, expires_at)"
                + " values (?, ?, ?, ?, ?)", RosterImports.sha256(token), account, issuedBy, Timestamp.from(now),
                Timestamp.from(expires));
        return new Issued(username, token, expires);
    }

    /** The username a link is for, while it still works. */
    @Transactional(readOnly = true)
    Optional<String> usernameOf(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbc.queryForList("""
                select a.username from password_link l join user_account a on a.id = l.account_id
                 where l.token_hash = ? and l.used_at is null and l.expires_at > ? and a.enabled""", String.class,
                RosterImports.sha256(token), Timestamp.from(clock.instant())).stream().findFirst();
    }

    /** Sets the account's password with the link, which then stops working; the username signed in with. */
    String setPassword(String token, String password, String repeated) {
        String username = usernameOf(token).orElseThrow(() -> new Passwords.Refused("setPassword.invalid"));
        passwords.check(password, repeated);
        Instant now = clock.instant();
        int used = jdbc.update("update password_link set used_at = ? where token_hash = ? and used_at is null",
                Timestamp.from(now), RosterImports.sha256(token));
        if (used != 1) {
            throw new Passwords.Refused("setPassword.invalid");
        }
        passwords.set(username, password, repeated);
        return username;
    }
}
