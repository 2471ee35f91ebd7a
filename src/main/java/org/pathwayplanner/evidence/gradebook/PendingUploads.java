package org.pathwayplanner.evidence.gradebook;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Files that passed a dry run, kept on the server until the administrator imports them (an hour at most), so that
 * what is imported is exactly what was previewed: the form carries only a random token and the file's SHA-256, and
 * only the administrator who uploaded the file may import it.
 */
@Component
class PendingUploads {

    static final Duration KEPT = Duration.ofHours(1);
    static final int MOST = 50;

    record Upload(String fileName, byte[] content, String sha256, String actor, Instant at) {
    }

    private final Map<String, Upload> uploads = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    PendingUploads(Clock clock) {
        this.clock = clock;
    }

    String keep(String fileName, byte[] content, String sha256, String actor) {
        forgetOld();
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        uploads.put(token, new Upload(fileName, content.clone(), sha256, actor, clock.instant()));
        return token;
    }

    /** The upload, taken out, if the token, the digest and the administrator match and it is not too old. */
    Optional<Upload> take(String token, String sha256, String actor) {
        forgetOld();
        Upload upload = token == null ? null : uploads.get(token);
        if (upload == null || !upload.sha256().equals(sha256) || !upload.actor().equals(actor)) {
            return Optional.empty();
        }
        return Optional.ofNullable(uploads.remove(token));
    }

    private void forgetOld() {
        Instant oldest = clock.instant().minus(KEPT);
        uploads.values().removeIf(u -> u.at().isBefore(oldest));
        while (uploads.size() >= MOST) {
            uploads.entrySet().stream().min(java.util.Comparator.comparing(e -> e.getValue().at()))
                    .ifPresent(e -> uploads.remove(e.getKey()));
        }
    }
}
