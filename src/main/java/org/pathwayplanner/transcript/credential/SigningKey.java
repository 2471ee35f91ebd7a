package org.pathwayplanner.transcript.credential;

import com.apicatalog.multibase.Multibase;
import java.time.Instant;
import java.util.Arrays;

/**
 * One of the district's Ed25519 keys, public half only. Its verification method in the district's DID document is
 * {@code did#publicKeyMultibase} (a Multikey: multicodec ed25519-pub, base58btc).
 */
public record SigningKey(long id, String publicKeyMultibase, Status status, Instant createdAt, Instant rotatedAt,
        Instant retiredAt) {

    /** SIGNING: signs new credentials (one at a time). PUBLISHED: rotated out, still verifies. RETIRED: withdrawn. */
    public enum Status { SIGNING, PUBLISHED, RETIRED }

    private static final byte[] ED25519_PUB = {(byte) 0xed, 0x01};

    static String multibaseOf(byte[] publicKey) {
        byte[] tagged = new byte[ED25519_PUB.length + publicKey.length];
        System.arraycopy(ED25519_PUB, 0, tagged, 0, ED25519_PUB.length);
        System.arraycopy(publicKey, 0, tagged, ED25519_PUB.length, publicKey.length);
        return Multibase.BASE_58_BTC.encode(tagged);
    }

    byte[] publicKey() {
        byte[] tagged = Multibase.BASE_58_BTC.decode(publicKeyMultibase);
        return Arrays.copyOfRange(tagged, ED25519_PUB.length, tagged.length);
    }

    /** Its verification method under the district's DID. */
    String methodId(String did) {
        return did + "#" + publicKeyMultibase;
    }

    boolean verifies() {
        return status != Status.RETIRED;
    }
}
