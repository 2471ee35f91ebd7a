package org.pathwayplanner.security;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time sign-in links for guardians, who usually have no district account: a random token (kept only as its
 * SHA-256), valid once and for a limited time, leading to one page of the application. Opening the link shows a
 * button; only pressing it signs in, so a mail scanner that follows links does not use it up.
 */
@Service
public class SignInLinks {

    /** A link the holder may use: whose it is and where it leads. */
    record Usable(long id, String username, String target) {
    }

    private final SecureRandom random = new SecureRandom();
    private final JdbcTemplate jdbc;
    private final Clock clock;

    SignInLinks(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A link's token for a guardian's account, leading to {@code target} (a path of this application, such as a
     * consent task), valid for {@code valid}. The caller puts it in {@code /sign-in/link?token=…}.
     */
    public String issue(String username, String target, Duration valid) {
        if (target == null || !target.startsWith("/") || target.startsWith("//")) {
            throw new IllegalArgumentException("A sign-in link leads to a page of this application, not " + target);
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.update("insert into sign_in_link (username, token_hash, target, created_at, expires_at)"
                        + " values (?, ?, ?, ?, ?)", username, ApiTokens.hash(token), target,
                Timestamp.from(clock.instant()), Timestamp.from(clock.instant().plus(valid)));
        return token;
    }

    /** The link this token names, if it is unused and unexpired. */
    Optional<Usable> usable(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        List<Usable> found = jdbc.query("select id, username, target from sign_in_link where token_hash = ?"
                        + " and used_at is null and expires_at > ?",
                (rs, i) -> new Usable(rs.getLong(1), rs.getString(2), rs.getString(3)), ApiTokens.hash(token),
                Timestamp.from(clock.instant()));
        return found.stream().findFirst();
    }

    /** Uses the link up; empty when it was not usable (or someone used it a moment before). */
    @Transactional
    Optional<Usable> use(String token) {
        Optional<Usable> link = usable(token);
        if (link.isEmpty() || jdbc.update("update sign_in_link set used_at = ? where id = ? and used_at is null",
                Timestamp.from(clock.instant()), link.get().id()) != 1) {
            return Optional.empty();
        }
        return link;
    }

    /** Whether a link was made for this person within {@code window} (one e-mailed link at a time is enough). */
    boolean recentlyIssued(String username, Duration window) {
        Long n = jdbc.queryForObject("select count(*) from sign_in_link where username = ? and created_at > ?",
                Long.class, username, Timestamp.from(clock.instant().minus(window)));
        return n != null && n > 0;
    }
}
