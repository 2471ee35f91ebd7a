package org.pathwayplanner.attachments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;

/**
 * What a file is, read from its bytes and never from its name: Apache Tika's magic numbers say PDF, PNG, JPEG, GIF,
 * WebP, a zip container or an OLE2 container. A zip is an office document only when its parts say so: an Office Open
 * XML package whose {@code [Content_Types].xml} names a Word, Excel or PowerPoint main part (not a macro-enabled one,
 * and with no VBA project), or an OpenDocument whose {@code mimetype} entry names a text, spreadsheet or presentation.
 * Anything else is refused: HTML and SVG (they would run script if a browser ever rendered them), programs and
 * scripts, plain zips, and the binary Office formats of before 2007 (OLE2: no part of them can be checked without a
 * full parser, and they carry macros) — their authors are asked for PDF or the current format.
 */
@Component
class EvidenceFileTypes {

    /** An accepted kind of file: its media type, the extension its downloads get, and its name on the pages. */
    record Accepted(String mediaType, String extension, String label) {
    }

    static final Accepted PDF = new Accepted("application/pdf", "pdf", "PDF");
    private static final Map<String, Accepted> BY_MAGIC = Map.of(
            "application/pdf", PDF,
            "image/png", new Accepted("image/png", "png", "PNG"),
            "image/jpeg", new Accepted("image/jpeg", "jpg", "JPEG"),
            "image/gif", new Accepted("image/gif", "gif", "GIF"),
            "image/webp", new Accepted("image/webp", "webp", "WebP"));
    private static final Map<String, Accepted> OOXML_MAIN_PARTS = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            new Accepted("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "Word"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            new Accepted("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "Excel"),
            "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
            new Accepted("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx",
                    "PowerPoint"));
    private static final Map<String, Accepted> OPEN_DOCUMENTS = Map.of(
            "application/vnd.oasis.opendocument.text",
            new Accepted("application/vnd.oasis.opendocument.text", "odt", "OpenDocument text"),
            "application/vnd.oasis.opendocument.spreadsheet",
            new Accepted("application/vnd.oasis.opendocument.spreadsheet", "ods", "OpenDocument spreadsheet"),
            "application/vnd.oasis.opendocument.presentation",
            new Accepted("application/vnd.oasis.opendocument.presentation", "odp", "OpenDocument presentation"));
    /** What a file's accepted kinds are called on the pages, in the order they are listed. */
    static final List<String> LISTED = List.of("PDF", "PNG", "JPEG", "GIF", "WebP", "Word (.docx)", "Excel (.xlsx)",
            "PowerPoint (.pptx)", "OpenDocument (.odt, .ods, .odp)");

    private static final MediaType ZIP = MediaType.application("zip");
    private static final MediaType OLE2 = MediaType.application("x-tika-msoffice");
    /** A package part read to decide is never larger than this (a zip bomb gets no further). */
    private static final int LARGEST_PART_READ = 1 << 20;
    private static final int MOST_ENTRIES_READ = 10_000;

    private final MimeTypes magic = MimeTypes.getDefaultMimeTypes();
    private final MediaTypeRegistry registry = magic.getMediaTypeRegistry();

    /** @throws FileRefused when the bytes are none of the accepted kinds */
    Accepted of(byte[] content) {
        MediaType detected = detect(content);
        if (is(detected, ZIP)) {
            return officeDocument(content).orElseThrow(() -> refused(detected));
        }
        if (is(detected, OLE2)) {
            throw new FileRefused("files.refused.legacyOffice", "Office documents in the format of before 2007 (.doc,"
                    + " .xls, .ppt) are not taken: save it as PDF or in the current format (.docx, .xlsx, .pptx).",
                    false);
        }
        Accepted accepted = BY_MAGIC.get(detected.getBaseType().toString());
        if (accepted == null) {
            throw refused(detected);
        }
        return accepted;
    }

    private MediaType detect(byte[] content) {
        try (InputStream in = new ByteArrayInputStream(content)) {
            return magic.detect(in, new Metadata());   // no name given: the bytes alone decide
        } catch (IOException e) {
            throw new IllegalStateException("Reading bytes in memory failed", e);
        }
    }

    private boolean is(MediaType detected, MediaType family) {
        return detected.getBaseType().equals(family) || registry.isSpecializationOf(detected.getBaseType(), family);
    }

    /** An Office Open XML or OpenDocument package, by its parts; empty for any other zip or a damaged one. */
    private Optional<Accepted> officeDocument(byte[] content) {
        String contentTypes = null;
        String openDocumentType = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && ++entries <= MOST_ENTRIES_READ) {
                String name = entry.getName();
                if (name.equalsIgnoreCase("[Content_Types].xml")) {
                    contentTypes = new String(zip.readNBytes(LARGEST_PART_READ), StandardCharsets.UTF_8);
                } else if (name.equals("mimetype")) {
                    openDocumentType = new String(zip.readNBytes(200), StandardCharsets.US_ASCII).strip();
                } else if (name.toLowerCase(java.util.Locale.ROOT).endsWith("vbaproject.bin")) {
                    return Optional.empty();   // macros
                }
            }
        } catch (IOException | IllegalArgumentException damaged) {
            return Optional.empty();
        }
        if (contentTypes != null) {
            if (contentTypes.toLowerCase(java.util.Locale.ROOT).contains("macroenabled")) {
                return Optional.empty();
            }
            for (Map.Entry<String, Accepted> part : OOXML_MAIN_PARTS.entrySet()) {
                if (contentTypes.contains("\"" + part.getKey() + "\"")) {
                    return Optional.of(part.getValue());
                }
            }
            return Optional.empty();
        }
        return Optional.ofNullable(openDocumentType).map(OPEN_DOCUMENTS::get);
    }

    private static FileRefused refused(MediaType detected) {
        String type = detected.getBaseType().toString();
        return new FileRefused("files.refused.type", "This file is " + type + ", which is not taken: attach a PDF, an"
                + " image (PNG, JPEG, GIF, WebP) or an office document (.docx, .xlsx, .pptx, .odt, .ods, .odp).",
                false, type);
    }
}
