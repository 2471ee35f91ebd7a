package org.pathwayplanner.people;

import java.nio.charset.StandardCharsets;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The one home of what a new password must be (at least {@link #SHORTEST} characters, at most BCrypt's 72 bytes,
 * typed twice the same) and of setting it, hashed: used by the set-password links of imported people and by
 * guardians who choose a password as they sign in with an e-mailed link.
 */
@Service
public class Passwords {

    public static final int SHORTEST = 10;
    /** BCrypt reads at most 72 bytes; a longer password would be cut without a word. */
    public static final int LONGEST_BYTES = 72;

    /** Why a password is refused, as a message key and its arguments. */
    public static final class Refused extends RuntimeException {

        private final String key;
        private final transient Object[] args;

        public Refused(String key, Object... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = args;
        }

        public String key() {
            return key;
        }

        public Object[] args() {
            return args;
        }
    }

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;

    Passwords(JdbcTemplate jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    /** Refuses a password that breaks the rules; nothing is changed. */
    public void check(String password, String repeated) {
        if (password == null || password.length() < SHORTEST) {
            throw new Refused("setPassword.tooShort", SHORTEST);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > LONGEST_BYTES) {
            throw new Refused("setPassword.tooLong", LONGEST_BYTES);
        }
        if (!password.equals(repeated)) {
            throw new Refused("setPassword.different");
        }
    }

    /** Checks the password and sets it as the account's, hashed. */
    public void set(String username, String password, String repeated) {
        check(password, repeated);
        jdbc.update("update user_account set password_hash = ? where username = ?", encoder.encode(password), username);
    }
}
