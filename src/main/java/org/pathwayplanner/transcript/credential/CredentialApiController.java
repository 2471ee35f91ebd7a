package org.pathwayplanner.transcript.credential;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.pathwayplanner.transcript.credential.Verification.Finding;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Verification for programs: a college's system posts a credential it received (the JSON itself, at most 2 MB) and
 * learns whether this district issued it unaltered. Public on purpose (whoever holds a credential may check it);
 * it reads no student record, only the document sent and the district's public keys.
 */
@RestController
class CredentialApiController {

    private final CredentialVerifier verifier;
    private final MessageSource messages;

    CredentialApiController(CredentialVerifier verifier, MessageSource messages) {
        this.verifier = verifier;
        this.messages = messages;
    }

    @PostMapping(value = "/api/credentials/verify", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> verify(HttpServletRequest request, Locale chosen) throws IOException {
        // a program says its language with Accept-Language; a browser's chosen language (cookie) otherwise
        Locale locale = request.getHeader("Accept-Language") != null ? request.getLocale() : chosen;
        Verification verification = request.getContentLengthLong() > CredentialVerifier.MAX_BYTES
                ? Verification.refused(Finding.TOO_LARGE) : verifier.verify(boundedBody(request));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("authentic", verification.authentic());
        answer.put("finding", verification.finding().name());
        answer.put("message", messages.getMessage(verification.finding().messageKey(), null, locale));
        if (verification.authentic()) {
            answer.put("issuer", verification.issuerName());
            answer.put("issuedAt", verification.issuedAt() == null ? null : verification.issuedAt().toString());
            answer.put("learner", verification.learnerName());
            answer.put("name", verification.credentialName());
            answer.put("verificationMethod", verification.keyId());
        }
        HttpStatus status = switch (verification.finding()) {
            case NOT_JSON -> HttpStatus.BAD_REQUEST;
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
            default -> HttpStatus.OK;
        };
        return ResponseEntity.status(status).body(answer);
    }

    /** The body, or one byte more than allowed when it is longer (the size told in the headers may be absent). */
    private static byte[] boundedBody(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            return in.readNBytes(CredentialVerifier.MAX_BYTES + 1);
        }
    }
}
