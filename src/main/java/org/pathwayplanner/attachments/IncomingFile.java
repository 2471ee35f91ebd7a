package org.pathwayplanner.attachments;

/**
 * A file as it arrives: the name its sender gave it (a hint only: what it is is read from {@code content}), its bytes
 * and what it shows.
 */
public record IncomingFile(String name, byte[] content, String description) {

    public IncomingFile {
        name = name == null || name.isBlank() ? "file" : name.strip();
        content = content == null ? new byte[0] : content;
        description = description == null || description.isBlank() ? null : description.strip();
    }
}
