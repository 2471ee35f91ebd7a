package org.pathwayplanner.transcript.credential;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How the district appears in its credentials ({@code pathway-planner.credentials.*}): its {@code did:web} identifier,
 * from which the address of the application (and so of its CASE items and its verification page) follows, and the
 * secret that seals the private keys.
 */
@Component
class CredentialSettings {

    private final String did;
    private final String keySecret;

    CredentialSettings(@Value("${pathway-planner.credentials.did:did:web:localhost%3A8080}") String did,
            @Value("${pathway-planner.credentials.key-secret:}") String keySecret) {
        if (!did.startsWith("did:web:") || did.length() == "did:web:".length()) {
            throw new IllegalStateException("pathway-planner.credentials.did must be a did:web identifier, e.g. "
                    + "did:web:planner.district.example.org (was " + did + ")");
        }
        this.did = did;
        this.keySecret = keySecret;
    }

    /** The district's decentralized identifier, e.g. {@code did:web:planner.riverside.example.org}. */
    String did() {
        return did;
    }

    /**
     * Where the application answers, as did:web resolves it: {@code did:web:host%3A8080:path} is
     * {@code https://host:8080/path}; plain http for a machine of one's own (localhost), as the demo runs.
     */
    String baseUrl() {
        String[] parts = did.substring("did:web:".length()).split(":");
        StringBuilder url = new StringBuilder();
        String host = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
        url.append(host.startsWith("localhost") || host.startsWith("127.0.0.1") ? "http://" : "https://").append(host);
        for (int i = 1; i < parts.length; i++) {
            url.append('/').append(URLDecoder.decode(parts[i], StandardCharsets.UTF_8));
        }
        return url.toString();
    }

    String keySecret() {
        return keySecret;
    }
}
