package org.pathwayplanner.pathways;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A pathway's training agreement as generated from the approved proposal: its exact text, fixed then, with the
 * text's SHA-256, and its required parties, each signed or not. A signature holds for the text whose hash it carries.
 */
public record TrainingAgreement(long id, long proposalId, String text, String sha256, Instant generatedAt,
        List<Signer> parties) {

    /** Who signs a training agreement, in the order the agreement names them. */
    public enum Party {
        STUDENT, GUARDIAN, MENTOR, COORDINATOR
    }

    /**
     * One required party. {@code identity} is who may sign as that party (a username, the mentor's
     * {@code mentor:<e-mail>}; none for a guardian: any guardian of the student); {@code nameOnRecord} the name the
     * agreement gives them. Once signed: who signed, the name they typed, when, and the hash of the text they saw.
     */
    public record Signer(Party party, String identity, String nameOnRecord, String signedBy, String typedName,
            Instant signedAt, String signedSha256) {

        public boolean signed() {
            return signedAt != null;
        }
    }

    public boolean allSigned() {
        return parties.stream().allMatch(Signer::signed);
    }

    public List<Signer> unsigned() {
        return parties.stream().filter(s -> !s.signed()).toList();
    }

    public Optional<Signer> party(Party party) {
        return parties.stream().filter(s -> s.party() == party).findFirst();
    }

    /** Whether the stored text is still the text that was hashed when the agreement was generated. */
    public boolean textIntact() {
        return sha256Of(text).equals(sha256);
    }

    /** The SHA-256 of the text as UTF-8, in lower-case hex. */
    public static String sha256Of(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether a typed name is the name on record: the same letters whatever their case, ignoring spaces around it and
     * runs of spaces inside it.
     */
    public static boolean sameName(String typed, String onRecord) {
        return typed != null && onRecord != null && normalised(typed).equals(normalised(onRecord));
    }

    private static String normalised(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
