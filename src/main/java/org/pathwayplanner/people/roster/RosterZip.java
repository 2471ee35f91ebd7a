package org.pathwayplanner.people.roster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.pathwayplanner.exchange.ImportProblem;
import org.pathwayplanner.exchange.ImportProblems;

/**
 * The CSV files of an uploaded zip, by name (folders inside the zip are ignored, so a zip of a folder works too). A
 * zip that unpacks to more than {@link #UNPACKED_LIMIT} bytes is refused rather than read (a zip bomb).
 */
final class RosterZip {

    static final long UNPACKED_LIMIT = 1024L * 1024 * 1024;
    private static final int ENTRY_LIMIT = 100;

    private RosterZip() {
    }

    static Map<String, byte[]> files(String upload, byte[] zip, ImportProblems problems) {
        Map<String, byte[]> files = new HashMap<>();
        long unpacked = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > ENTRY_LIMIT) {
                    problems.add(ImportProblem.ofFile(upload, "roster.problem.tooManyFiles", ENTRY_LIMIT));
                    return Map.of();
                }
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                if (entry.isDirectory() || name.isEmpty() || entry.getName().startsWith("__MACOSX")
                        || !name.endsWith(".csv")) {
                    continue;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    unpacked += n;
                    if (unpacked > UNPACKED_LIMIT) {
                        problems.add(ImportProblem.ofFile(upload, "roster.problem.unpackedTooLarge",
                                UNPACKED_LIMIT / 1024 / 1024));
                        return Map.of();
                    }
                    out.write(buffer, 0, n);
                }
                files.put(name, out.toByteArray());
            }
        } catch (ZipException e) {
            problems.add(ImportProblem.ofFile(upload, "roster.problem.notZip"));
            return Map.of();
        } catch (IOException e) {
            problems.add(ImportProblem.ofFile(upload, "roster.problem.notZip"));
            return Map.of();
        }
        if (entries == 0) {
            problems.add(ImportProblem.ofFile(upload, "roster.problem.notZip"));
        }
        return files;
    }
}
