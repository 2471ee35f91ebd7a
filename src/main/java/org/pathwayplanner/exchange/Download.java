package org.pathwayplanner.exchange;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An export as a file to save: {@code Content-Disposition: attachment} with a name that says what it is and the day
 * it was taken ({@code evidence-ALG1-2026-12-07.csv}), never cached (it holds student records).
 */
public final class Download {

    private Download() {
    }

    public static ResponseEntity<byte[]> csv(String name, LocalDate day, String text) {
        return file(name, day, "csv", new MediaType("text", "csv", StandardCharsets.UTF_8),
                text.getBytes(StandardCharsets.UTF_8));
    }

    public static ResponseEntity<byte[]> zip(String name, LocalDate day, byte[] content) {
        return file(name, day, "zip", MediaType.parseMediaType("application/zip"), content);
    }

    /** A name safe in a header and on any file system: letters, digits, dots, hyphens and underscores. */
    public static String fileName(String name, LocalDate day, String extension) {
        return name.replaceAll("[^A-Za-z0-9._-]+", "-") + "-" + day + "." + extension;
    }

    private static ResponseEntity<byte[]> file(String name, LocalDate day, String extension, MediaType type,
            byte[] content) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName(name, day, extension)).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(type)
                .body(content);
    }
}
