package org.pathwayplanner.transcript.credential;

import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.ld.DocumentError;
import com.apicatalog.ld.signature.SigningError;
import com.apicatalog.ld.signature.VerificationError;
import com.apicatalog.ld.signature.VerificationMethod;
import com.apicatalog.ld.signature.eddsa.EdDSASignature2022;
import com.apicatalog.multikey.MultiKey;
import com.apicatalog.vc.integrity.DataIntegrityProofDraft;
import com.apicatalog.vc.method.resolver.MethodResolver;
import com.apicatalog.vc.processor.ExpandedVerifiable;
import com.apicatalog.vc.proof.Proof;
import com.apicatalog.vc.verifier.Verifier;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;

/**
 * Data Integrity proofs with the {@code eddsa-rdfc-2022} cryptosuite: the credential is canonicalised as RDF
 * (RDFC-1.0), hashed with the proof's options and signed with Ed25519, all within the JSON-LD contexts the application
 * ships. A signed credential keeps the JSON exactly as it was written, with the {@code proof} added.
 */
final class CredentialProofs {

    static final String ASSERTION_METHOD = "https://w3id.org/security#assertionMethod";
    private static final String PROOF = "https://w3id.org/security#proof";
    private static final String PROOF_VALUE = "https://w3id.org/security#proofValue";

    private final EdDSASignature2022 suite = new EdDSASignature2022();
    private final DocumentLoader contexts = new BundledContexts();
    private final ObjectMapper json;

    CredentialProofs(ObjectMapper json) {
        this.json = json;
    }

    /** {@code unsigned} with a proof made now with {@code key}. */
    ObjectNode sign(ObjectNode unsigned, MultiKey key, Instant now) {
        Instant created = now.truncatedTo(ChronoUnit.SECONDS);
        try {
            DataIntegrityProofDraft draft = suite.createDraft(key.id(), URI.create(ASSERTION_METHOD));
            draft.created(created);
            ExpandedVerifiable signed = suite.createIssuer(key).loader(contexts).useBundledContexts(false)
                    .sign(toJakarta(unsigned), draft);
            ObjectNode proof = json.createObjectNode();
            proof.put("type", "DataIntegrityProof");
            proof.put("cryptosuite", EdDSASignature2022.CRYPTOSUITE_NAME);
            proof.put("created", created.toString());
            proof.put("verificationMethod", key.id().toString());
            proof.put("proofPurpose", "assertionMethod");
            proof.put("proofValue", proofValue(signed.expanded()));
            ObjectNode result = unsigned.deepCopy();
            result.set("proof", proof);
            return result;
        } catch (DocumentError | SigningError e) {
            throw new IllegalStateException("The credential could not be signed: " + e.getMessage(), e);
        }
    }

    /**
     * Checks the proof of {@code signed} with the key {@code keys} gives for its verification method (none: the key is
     * not this district's). Throws what the check found.
     */
    void verify(JsonObject signed, Function<URI, MultiKey> keys) throws VerificationError, DocumentError {
        MethodResolver districtKeys = new MethodResolver() {
            @Override
            public VerificationMethod resolve(URI id, DocumentLoader loader, Proof proof) throws DocumentError {
                MultiKey key = keys.apply(id);
                if (key == null) {
                    throw new DocumentError(DocumentError.ErrorType.Unknown, "VerificationMethod");
                }
                return key;
            }

            @Override
            public boolean isAccepted(URI id) {
                return keys.apply(id) != null;
            }
        };
        Verifier.with(suite).loader(contexts).useBundledContexts(false).methodResolvers(List.of(districtKeys))
                .verify(signed);
    }

    /** The value of the top-level proof in the expanded signed credential (nested credentials carry their own). */
    private static String proofValue(JsonObject expanded) {
        JsonArray proofs = expanded.getJsonArray(PROOF);
        for (JsonValue proof : proofs) {
            JsonObject node = proof.asJsonObject();
            if (node.containsKey("@graph")) {
                node = node.getJsonArray("@graph").getJsonObject(0);
            }
            if (node.containsKey(PROOF_VALUE)) {
                return node.getJsonArray(PROOF_VALUE).getJsonObject(0).getString("@value");
            }
        }
        throw new IllegalStateException("The signed credential carries no proof value");
    }

    JsonObject toJakarta(ObjectNode node) {
        try {
            return Json.createReader(new StringReader(json.writeValueAsString(node))).readObject();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
