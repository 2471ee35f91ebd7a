package org.pathwayplanner.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Administrators' personal API tokens, so that no script needs a password. A token is 32 random bytes shown once
 * when it is made ({@code ppt_} and base64url); only its SHA-256 is kept, which is enough for a secret of that
 * strength (a slow hash protects guessable passwords, not random keys) and lets a call be checked in one indexed
 * lookup. Revoking keeps the row for the record.
 */
@Repository
class ApiTokens {

    static final String PREFIX = "ppt_";
    static final int NAME_LENGTH = 80;

    /** A token as its owner sees it on the tokens page (never the secret). */
    public record TokenLine(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

        public boolean revoked() {
            return revokedAt != null;
        }
    }

    private final SecureRandom random = new SecureRandom();
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ApiTokens(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Makes a token for {@code username}; the answer is the secret, which is not kept. */
    String issue(String username, String name) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.update("insert into api_token (username, name, token_hash, created_at) values (?, ?, ?, ?)", username,
                name, hash(secret), Timestamp.from(clock.instant()));
        return secret;
    }

    /** The owner of a live token, noting its use; empty for anything else. */
    Optional<String> owner(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(secret);
        Optional<String> owner = jdbc.queryForList("select username from api_token where token_hash = ?"
                + " and revoked_at is null", String.class, hash).stream().findFirst();
        owner.ifPresent(o -> jdbc.update("update api_token set last_used_at = ? where token_hash = ?",
                Timestamp.from(clock.instant()), hash));
        return owner;
    }

    List<TokenLine> of(String username) {
        return jdbc.query("select id, name, created_at, last_used_at, revoked_at from api_token where username = ?"
                        + " order by created_at desc, id desc",
                (rs, i) -> new TokenLine(rs.getLong(1), rs.getString(2), instant(rs.getTimestamp(3)),
                        instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5))),
                username);
    }

    /** Revokes one of the owner's own tokens; false when it is not theirs or already revoked. */
    boolean revoke(String username, long id) {
        return jdbc.update("update api_token set revoked_at = ? where id = ? and username = ? and revoked_at is null",
                Timestamp.from(clock.instant()), id, username) == 1;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
