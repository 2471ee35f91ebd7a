package org.pathwayplanner.transcript.credential;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The district's public keys where did:web resolution looks for them: public, as any published key. */
@RestController
class DidDocumentController {

    private final DistrictDid did;

    DidDocumentController(DistrictDid did) {
        this.did = did;
    }

    @GetMapping(value = "/.well-known/did.json", produces = {"application/did+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<ObjectNode> didDocument() {
        // short, so that a rotation or a retirement reaches verifiers within minutes
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(did.document());
    }
}
