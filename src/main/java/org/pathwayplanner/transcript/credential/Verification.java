package org.pathwayplanner.transcript.credential;

import java.time.Instant;

/**
 * What checking a credential found: whether it is authentic (issued by this district, unaltered since, signed with a
 * key the district still stands behind), and what it says about itself — by whom, when and for whom it was issued —
 * read from the document (trustworthy only when authentic).
 */
public record Verification(Finding finding, String issuerName, Instant issuedAt, String learnerName,
        String credentialName, String keyId) {

    /** Each answer, with the message key (en + es) that says it in plain words. */
    public enum Finding {
        AUTHENTIC("credential.verify.authentic"),
        NOT_JSON("credential.verify.notJson"),
        TOO_LARGE("credential.verify.tooLarge"),
        NOT_A_CREDENTIAL("credential.verify.notACredential"),
        UNSUPPORTED_CONTEXT("credential.verify.unsupportedContext"),
        NO_PROOF("credential.verify.noProof"),
        UNSUPPORTED_PROOF("credential.verify.unsupportedProof"),
        OTHER_ISSUER("credential.verify.otherIssuer"),
        UNKNOWN_KEY("credential.verify.unknownKey"),
        RETIRED_KEY("credential.verify.retiredKey"),
        ALTERED("credential.verify.altered"),
        NOT_YET_VALID("credential.verify.notYetValid"),
        EXPIRED("credential.verify.expired"),
        MALFORMED("credential.verify.malformed");

        private final String messageKey;

        Finding(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    public boolean authentic() {
        return finding == Finding.AUTHENTIC;
    }

    static Verification refused(Finding finding) {
        return new Verification(finding, null, null, null, null, null);
    }
}
