package org.pathwayplanner.people;

import java.util.List;
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

    /** What a district identity's claim is compared with to find the person's account. */
    public enum IdentityKey {
        /** The account's e-mail address, compared in lower case. */
        EMAIL,
        /** The login username. */
        USERNAME,
        /** The roster's {@code sourcedId} of the student, staff member or guardian. */
        SOURCED_ID
    }

    /**
     * The accounts a district identity names: none (not on the roster), one, or several (ambiguous: refused by the
     * caller). Disabled accounts are included; the caller decides.
     */
    public List<Account> identifiedBy(IdentityKey key, String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        String select = "select a.username, a.display_name, a.role, a.password_hash, a.enabled from user_account a ";
        String sql = switch (key) {
            case EMAIL -> select + "where a.email = ?";
            case USERNAME -> select + "where a.username = ?";
            case SOURCED_ID -> select + """
                    where a.id in (select account_id from student where sourced_id = ?
                                   union select account_id from staff_member where sourced_id = ?
                                   union select account_id from guardian where sourced_id = ?)""";
        };
        String v = key == IdentityKey.EMAIL ? value.trim().toLowerCase(java.util.Locale.ROOT) : value;
        Object[] args = key == IdentityKey.SOURCED_ID ? new Object[] {v, v, v} : new Object[] {v};
        return jdbc.query(sql, (rs, i) -> new Account(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getBoolean(5)), args);
    }

    /** Where a person is reached: their name and e-mail address (none when the roster has none). */
    public record Contact(String username, String displayName, String email, String role) {
    }

    public Optional<Contact> contact(String username) {
        return jdbc.query("select username, display_name, email, role from user_account where username = ? and enabled",
                (rs, i) -> new Contact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), username)
                .stream().findFirst();
    }

    /** The account with this username, if there is one (names are matched exactly). */
    public Optional<Account> account(String username) {
        return jdbc.query("select username, display_name, role, password_hash, enabled from user_account where username = ?",
                        (rs, i) -> new Account(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getBoolean(5)), username)
                .stream().findFirst();
    }
}
