package org.pathwayplanner.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Looks up login accounts. Reads the account table directly (one indexed row) rather than through
 * the people module so that authentication stays independent of how people are modelled.
 */
@Service
class AccountDetailsService implements UserDetailsService {

    private final JdbcTemplate jdbc;

    AccountDetailsService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public SignedInUser loadUserByUsername(String username) {
        return jdbc.query("select username, display_name, role, password_hash, enabled from user_account where username = ?",
                        (rs, i) -> new SignedInUser(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getBoolean(5)), username)
                .stream().findFirst()
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
    }
}
