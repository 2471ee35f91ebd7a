package org.pathwayplanner.attachments;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored file sent back: always as an attachment to save (never shown in the application's own pages), with the
 * type detected when it was taken, {@code nosniff} so no browser guesses another, a sandbox so that even a file a
 * browser opened could run nothing in the application's origin, and never cached.
 */
final class FileDownload {

    private FileDownload() {
    }

    static ResponseEntity<byte[]> of(PathwayFiles.FileContent file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.content().length)
                .body(file.content());
    }
}
