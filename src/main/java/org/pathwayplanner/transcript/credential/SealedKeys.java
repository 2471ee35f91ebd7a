package org.pathwayplanner.transcript.credential;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a private key for the database with AES-256-GCM under a key derived from the configured secret, and opens
 * it again: a copy of the database alone signs nothing. A changed secret, or a changed byte, is refused, never
 * silently opened into another key.
 */
final class SealedKeys {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] PURPOSE = "pathway-planner credential signing key v1".getBytes(StandardCharsets.UTF_8);

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    SealedKeys(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalStateException("pathway-planner.credentials.key-secret must be set (at least 16 "
                    + "characters; from the environment in production, see docs/transcript.md)");
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(PURPOSE);
            key = new SecretKeySpec(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] seal(byte[] privateKey) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(PURPOSE);
            byte[] sealed = cipher.doFinal(privateKey);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal a signing key", e);
        }
    }

    byte[] open(byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(PURPOSE);
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The district's signing key cannot be opened: "
                    + "pathway-planner.credentials.key-secret is not the secret it was sealed with", e);
        }
    }
}
