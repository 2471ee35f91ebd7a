package org.pathwayplanner.transcript.credential;

import com.apicatalog.multikey.MultiKey;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.EdECPrivateKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.pathwayplanner.transcript.credential.SigningKey.Status;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The district's signing keys (table {@code credential_signing_key}): the first is made on the first start, an
 * administrator rotates (a new key signs from then on, the previous one stays published so what it signed still
 * verifies) and retires (a key is withdrawn: what it signed no longer verifies). Private keys are kept sealed.
 */
@Component
class SigningKeys {

    private static final String COLUMNS = "id, public_key_multibase, status, created_at, rotated_at, retired_at";

    private final JdbcTemplate jdbc;
    private final SealedKeys seals;
    private final CredentialSettings settings;
    private final Clock clock;
    private final Map<Long, byte[]> opened = new ConcurrentHashMap<>();

    SigningKeys(JdbcTemplate jdbc, CredentialSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.seals = new SealedKeys(settings.keySecret());
        this.clock = clock;
    }

    /** On the first start the district gets its first key; later starts check that the secret still opens it. */
    @EventListener(ApplicationReadyEvent.class)
    void firstKeyOnFirstStart() {
        SigningKey key = signingKey();
        privateKeyOf(key);
    }

    /** The key that signs now, made if the district has none yet. */
    @Transactional
    public SigningKey signingKey() {
        return current().orElseGet(() -> create("system"));
    }

    private Optional<SigningKey> current() {
        return jdbc.query("select " + COLUMNS + " from credential_signing_key where status = ? order by id desc",
                SigningKeys::row, Status.SIGNING.name()).stream().findFirst();
    }

    /** Every key, newest first. */
    List<SigningKey> all() {
        return jdbc.query("select " + COLUMNS + " from credential_signing_key order by id desc", SigningKeys::row);
    }

    /** The keys the district's DID document lists: the signing one and the rotated ones not retired. */
    List<SigningKey> published() {
        signingKey(); // a DID document asked for before the first start's key was made still lists it
        return all().stream().filter(SigningKey::verifies).toList();
    }

    Optional<SigningKey> byMultibase(String publicKeyMultibase) {
        return jdbc.query("select " + COLUMNS + " from credential_signing_key where public_key_multibase = ?",
                SigningKeys::row, publicKeyMultibase).stream().findFirst();
    }

    /** A new key signs from now on; the one it replaces stays published. */
    @Transactional
    public SigningKey rotate(String by) {
        jdbc.update("update credential_signing_key set status = ?, rotated_at = ? where status = ?",
                Status.PUBLISHED.name(), Timestamp.from(clock.instant()), Status.SIGNING.name());
        return create(by);
    }

    /** Withdraws a rotated key: the credentials it signed no longer verify. The signing key is rotated first. */
    @Transactional
    public SigningKey retire(long id, String by) {
        SigningKey key = jdbc.query("select " + COLUMNS + " from credential_signing_key where id = ?",
                SigningKeys::row, id).stream().findFirst()
                .orElseThrow(() -> new java.util.NoSuchElementException("No signing key " + id));
        if (key.status() == Status.SIGNING) {
            throw new KeyChangeRefused("credential.keys.refused.signing");
        }
        if (key.status() == Status.PUBLISHED) {
            jdbc.update("update credential_signing_key set status = ?, retired_at = ? where id = ?",
                    Status.RETIRED.name(), Timestamp.from(clock.instant()), id);
            opened.remove(id);
        }
        return all().stream().filter(k -> k.id() == id).findFirst().orElseThrow();
    }

    /** The key pair that signs with {@code key}, its private half opened with the configured secret. */
    MultiKey keyPair(SigningKey key) {
        MultiKey pair = new MultiKey();
        pair.setId(URI.create(key.methodId(settings.did())));
        pair.setController(URI.create(settings.did()));
        pair.setAlgorithm("Ed25519");
        pair.setPublicKey(key.publicKey());
        pair.setPrivateKey(privateKeyOf(key));
        return pair;
    }

    private byte[] privateKeyOf(SigningKey key) {
        return opened.computeIfAbsent(key.id(), id -> seals.open(jdbc.queryForObject(
                "select sealed_private_key from credential_signing_key where id = ?", byte[].class, id)));
    }

    private SigningKey create(String by) {
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime cannot make Ed25519 keys", e);
        }
        byte[] encoded = pair.getPublic().getEncoded();
        // the X.509 form ends with the 32 bytes of the public key; the private key's seed is its 32 bytes
        byte[] publicKey = Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
        byte[] seed = ((EdECPrivateKey) pair.getPrivate()).getBytes().orElseThrow();
        jdbc.update("insert into credential_signing_key (public_key_multibase, sealed_private_key, status, created_at, "
                + "created_by) values (?, ?, ?, ?, ?)", SigningKey.multibaseOf(publicKey), seals.seal(seed),
                Status.SIGNING.name(), Timestamp.from(clock.instant()), by);
        return current().orElseThrow();
    }

    private static SigningKey row(ResultSet rs, int n) throws SQLException {
        return new SigningKey(rs.getLong("id"), rs.getString("public_key_multibase"),
                Status.valueOf(rs.getString("status")), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("rotated_at")), instant(rs.getTimestamp("retired_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** A change to the keys the district's policy refuses, with the message key saying why. */
    static final class KeyChangeRefused extends RuntimeException {
        private final String messageKey;

        KeyChangeRefused(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }
}
