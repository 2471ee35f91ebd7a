package org.pathwayplanner.transcript.credential;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;

/**
 * The district's DID document ({@code did:web}, served at {@code /.well-known/did.json}): every key that verifies its
 * credentials, the signing one and those rotated out but not retired, as Multikey verification methods.
 */
@Component
class DistrictDid {

    private final SigningKeys keys;
    private final CredentialSettings settings;
    private final ObjectMapper json;

    DistrictDid(SigningKeys keys, CredentialSettings settings, ObjectMapper json) {
        this.keys = keys;
        this.settings = settings;
        this.json = json;
    }

    ObjectNode document() {
        String did = settings.did();
        ObjectNode document = json.createObjectNode();
        document.putArray("@context").add("https://www.w3.org/ns/did/v1").add("https://w3id.org/security/multikey/v1");
        document.put("id", did);
        ArrayNode methods = document.putArray("verificationMethod");
        ArrayNode assertion = document.putArray("assertionMethod");
        for (SigningKey key : keys.published()) {
            ObjectNode method = methods.addObject();
            method.put("id", key.methodId(did));
            method.put("type", "Multikey");
            method.put("controller", did);
            method.put("publicKeyMultibase", key.publicKeyMultibase());
            assertion.add(key.methodId(did));
        }
        return document;
    }
}
