package org.pathwayplanner.transcript.credential;

import com.apicatalog.ld.DocumentError;
import com.apicatalog.ld.signature.VerificationError;
import com.apicatalog.multikey.MultiKey;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pathwayplanner.transcript.credential.Verification.Finding;
import org.springframework.stereotype.Component;

/**
 * Checks a credential someone received against this district's own keys, looked up locally (never over the network):
 * only credentials this district issued can be authentic here. Each refusal says why, in words a registrar can act on.
 */
@Component
public class CredentialVerifier {

    /** The largest document checked: a transcript of a whole high school career is well under 1 MB. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final String LEARNER_NAME = "ext:learnerName";

    private final SigningKeys keys;
    private final CredentialSettings settings;
    private final ObjectMapper json;
    private final CredentialProofs proofs;

    CredentialVerifier(SigningKeys keys, CredentialSettings settings, ObjectMapper json) {
        this.keys = keys;
        this.settings = settings;
        // duplicate keys would let the checked and the shown values differ: refused as not JSON; so is nesting far
        // deeper than any credential's (a transcript is about ten levels deep), before JSON-LD processing recurses
        this.json = json.copy().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.json.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
        this.proofs = new CredentialProofs(json);
    }

    public Verification verify(byte[] document) {
        if (document.length > MAX_BYTES) {
            return Verification.refused(Finding.TOO_LARGE);
        }
        JsonNode root;
        try {
            root = json.readTree(document);
        } catch (IOException e) {
            return Verification.refused(Finding.NOT_JSON);
        }
        if (root == null || !root.isObject()) {
            return Verification.refused(Finding.NOT_JSON);
        }
        return verify((ObjectNode) root);
    }

    private Verification verify(ObjectNode credential) {
        if (!strings(credential.get("type")).contains("VerifiableCredential")) {
            return Verification.refused(Finding.NOT_A_CREDENTIAL);
        }
        List<String> contexts = strings(credential.get("@context"));
        if (!contexts.equals(BundledContexts.CLR_CONTEXTS) && !contexts.equals(BundledContexts.OB_CONTEXTS)
                || contexts.size() != credential.get("@context").size()) {
            return Verification.refused(Finding.UNSUPPORTED_CONTEXT);
        }
        JsonNode proof = credential.get("proof");
        if (proof != null && proof.isArray() && proof.size() == 1) {
            proof = proof.get(0);
        }
        if (proof == null || !proof.isObject()) {
            return Verification.refused(Finding.NO_PROOF);
        }
        if (!"DataIntegrityProof".equals(proof.path("type").asText())
                || !"eddsa-rdfc-2022".equals(proof.path("cryptosuite").asText())) {
            return Verification.refused(Finding.UNSUPPORTED_PROOF);
        }
        String issuer = credential.path("issuer").isTextual() ? credential.path("issuer").asText()
                : credential.path("issuer").path("id").asText();
        String method = proof.path("verificationMethod").asText();
        String did = settings.did();
        if (!did.equals(issuer) || !method.startsWith(did + "#")) {
            return Verification.refused(Finding.OTHER_ISSUER);
        }
        Optional<SigningKey> key = keys.byMultibase(method.substring(did.length() + 1));
        if (key.isEmpty()) {
            return Verification.refused(Finding.UNKNOWN_KEY);
        }
        if (!key.get().verifies()) {
            return new Verification(Finding.RETIRED_KEY, null, null, null, null, method);
        }
        Finding finding = check(credential, method, key.get());
        if (finding != Finding.AUTHENTIC) {
            return new Verification(finding, null, null, null, null, method);
        }
        return new Verification(Finding.AUTHENTIC, credential.path("issuer").path("name").asText(null),
                instant(credential.path("validFrom").asText(null)), learnerName(credential),
                credential.path("name").asText(null), method);
    }

    private Finding check(ObjectNode credential, String method, SigningKey key) {
        MultiKey publicKey = new MultiKey();
        publicKey.setId(URI.create(method));
        publicKey.setController(URI.create(settings.did()));
        publicKey.setAlgorithm("Ed25519");
        publicKey.setPublicKey(key.publicKey());
        try {
            proofs.verify(proofs.toJakarta(credential), id -> id.toString().equals(method) ? publicKey : null);
            return Finding.AUTHENTIC;
        } catch (VerificationError e) {
            return switch (e.getCode()) {
                case NotValidYet -> Finding.NOT_YET_VALID;
                case Expired -> Finding.EXPIRED;
                case UnsupportedCryptoSuite -> Finding.UNSUPPORTED_PROOF;
                default -> Finding.ALTERED;
            };
        } catch (DocumentError e) {
            // a proof value that no longer decodes to a signature was changed as surely as one that does not match
            return e.getCode() != null && e.getCode().toLowerCase(java.util.Locale.ROOT).contains("proofvalue")
                    ? Finding.ALTERED : Finding.MALFORMED;
        } catch (RuntimeException e) {
            return Finding.MALFORMED;
        }
    }

    private static String learnerName(ObjectNode credential) {
        for (JsonNode identity : credential.path("credentialSubject").path("identifier")) {
            if (LEARNER_NAME.equals(identity.path("identityType").asText())) {
                return identity.path("identityHash").asText(null);
            }
        }
        return null;
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node == null) {
            return values;
        }
        if (node.isTextual()) {
            values.add(node.asText());
        }
        for (JsonNode item : node) {
            if (item.isTextual()) {
                values.add(item.asText());
            }
        }
        return values;
    }
}
