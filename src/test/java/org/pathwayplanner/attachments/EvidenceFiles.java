package org.pathwayplanner.attachments;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files as their programs write them, small enough to build in a test: the bytes are what matter, not the names. */
final class EvidenceFiles {

    private EvidenceFiles() {
    }

    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0"
                + " >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', 0, 0,
                0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89};
    }

    /** A Windows program: "MZ", a DOS stub and the PE signature. */
    static byte[] windowsProgram() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        String stub = "This program cannot be run in DOS mode.";
        System.arraycopy(stub.getBytes(StandardCharsets.US_ASCII), 0, exe, 0x4e, stub.length());
        return exe;
    }

    static byte[] html() {
        return "<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] svg() {
        return ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** An OLE2 compound file header, as a .doc of Word 97-2003 begins. */
    static byte[] legacyWord() {
        byte[] doc = new byte[1024];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, doc, 0, magic.length);
        return doc;
    }

    static byte[] docx() {
        return ooxml("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "/word/document.xml", "word/document.xml");
    }

    static byte[] macroEnabledWord() {
        return ooxml("application/vnd.ms-word.document.macroEnabled.main+xml", "/word/document.xml",
                "word/document.xml");
    }

    static byte[] plainZip() {
        return zip(Map.of("notes.txt", "just a zip"));
    }

    static byte[] openDocumentText() {
        java.util.LinkedHashMap<String, String> parts = new java.util.LinkedHashMap<>();
        parts.put("mimetype", "application/vnd.oasis.opendocument.text");
        parts.put("content.xml", "<office:document-content/>");
        return zip(parts);
    }

    private static byte[] ooxml(String mainType, String partName, String entry) {
        java.util.LinkedHashMap<String, String> parts = new java.util.LinkedHashMap<>();
        parts.put("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="%s" ContentType="%s"/></Types>""".formatted(partName, mainType));
        parts.put("_rels/.rels", "<Relationships/>");
        parts.put(entry, "<document/>");
        return zip(parts);
    }

    private static byte[] zip(Map<String, String> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
