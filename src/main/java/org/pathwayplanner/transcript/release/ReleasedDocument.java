package org.pathwayplanner.transcript.release;

import java.util.Objects;

/** One document as released: its kind, media type, file name and the bytes disclosed. */
public record ReleasedDocument(DocumentKind kind, String mediaType, String fileName, byte[] content) {

    public ReleasedDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(fileName, "fileName");
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException("A released document has content");
        }
    }
}
