package org.pathwayplanner.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The record of sign-in attempts administrators read; rows older than the retention are pruned. */
@Repository
class SignInAudit {

    private static final int USERNAME_LENGTH = 100;
    private static final int ADDRESS_LENGTH = 64;

    private final JdbcTemplate jdbc;
    private final SignInSettings settings;
    private final Clock clock;

    SignInAudit(JdbcTemplate jdbc, SignInSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    void record(SignInAttempt attempt) {
        jdbc.update("insert into sign_in_attempt (attempted_at, username, address, method, outcome) values (?, ?, ?, ?, ?)",
                Timestamp.from(attempt.at()), cut(attempt.username(), USERNAME_LENGTH),
                cut(attempt.address(), ADDRESS_LENGTH), attempt.method().name(), attempt.outcome().name());
    }

    List<SignInAttempt> newest(int count) {
        return jdbc.query("select attempted_at, username, address, method, outcome from sign_in_attempt"
                        + " order by attempted_at desc, id desc fetch first ? rows only",
                (rs, row) -> new SignInAttempt(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        SignInAttempt.Method.valueOf(rs.getString(4)), SignInAttempt.Outcome.valueOf(rs.getString(5))),
                count);
    }

    /** Forgets attempts older than {@code pathway-planner.sign-in.audit-kept}; returns how many went. */
    int prune() {
        return jdbc.update("delete from sign_in_attempt where attempted_at < ?",
                Timestamp.from(clock.instant().minus(settings.auditKept())));
    }

    private static String cut(String value, int length) {
        String v = value == null ? "" : value;
        return v.length() <= length ? v : v.substring(0, length);
    }
}
