package org.pathwayplanner.people;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Login accounts as the sign-in step needs them: one indexed row per lookup. */
@Service
public class Accounts {

    /** A login: its name, the name shown to people, the one role it acts in, its BCrypt hash, and whether it may sign in. */
    public record Account(String username, String displayName, String role, String passwordHash, boolean enabled) {

        /** The password hash never appears in a log line. */
        @Override
        public String toString() {
            return "Account[" + username + ", " + role + (enabled ? "" : ", disabled") + "]";
        }
    }

    private final JdbcTemplate jdbc;

    Accounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The account with this username, if there is one (names are matched exactly). */
    public Optional<Account> account(String username) {
        return jdbc.query("select username, display_name, role, password_hash, enabled from user_account where username = ?",
                        (rs, i) -> new Account(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getBoolean(5)), username)
                .stream().findFirst();
    }
}
